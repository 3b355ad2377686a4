package v20180301

import (
	"encoding/json"

	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

// DetectAuthRequest is the request of DetectAuth.
type DetectAuthRequest struct {
	*tchttp.BaseRequest
	RuleId       *string     `json:"RuleId,omitempty" name:"RuleId"`
	TerminalType *string     `json:"TerminalType,omitempty" name:"TerminalType"`
	IdCard       *string     `json:"IdCard,omitempty" name:"IdCard"`
	Name         *string     `json:"Name,omitempty" name:"Name"`
	RedirectUrl  *string     `json:"RedirectUrl,omitempty" name:"RedirectUrl"`
	Extra        *string     `json:"Extra,omitempty" name:"Extra"`
	ImageBase64  *string     `json:"ImageBase64,omitempty" name:"ImageBase64"`
	Encryption   *Encryption `json:"Encryption,omitempty" name:"Encryption"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectAuthRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectAuthRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DetectAuthResponse is the response of DetectAuth.
type DetectAuthResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Url       *string `json:"Url,omitempty" name:"Url"`
		BizToken  *string `json:"BizToken,omitempty" name:"BizToken"`
		RequestId *string `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectAuthResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectAuthResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetDetectInfoRequest is the request of GetDetectInfo.
type GetDetectInfoRequest struct {
	*tchttp.BaseRequest
	BizToken *string `json:"BizToken,omitempty" name:"BizToken"`
	RuleId   *string `json:"RuleId,omitempty" name:"RuleId"`
	InfoType *string `json:"InfoType,omitempty" name:"InfoType"`
}

// ToJsonString returns the JSON form of r.
func (r *GetDetectInfoRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetDetectInfoRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetDetectInfoResponse is the response of GetDetectInfo.
type GetDetectInfoResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		DetectInfo *string `json:"DetectInfo,omitempty" name:"DetectInfo"`
		RequestId  *string `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *GetDetectInfoResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetDetectInfoResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetDetectInfoEnhancedRequest is the request of GetDetectInfoEnhanced.
type GetDetectInfoEnhancedRequest struct {
	*tchttp.BaseRequest
	BizToken           *string `json:"BizToken,omitempty" name:"BizToken"`
	RuleId             *string `json:"RuleId,omitempty" name:"RuleId"`
	InfoType           *string `json:"InfoType,omitempty" name:"InfoType"`
	BestFramesCount    *uint64 `json:"BestFramesCount,omitempty" name:"BestFramesCount"`
	IsCutIdCardImage   *bool   `json:"IsCutIdCardImage,omitempty" name:"IsCutIdCardImage"`
	IsNeedIdCardAvatar *bool   `json:"IsNeedIdCardAvatar,omitempty" name:"IsNeedIdCardAvatar"`
	IsEncrypt          *bool   `json:"IsEncrypt,omitempty" name:"IsEncrypt"`
}

// ToJsonString returns the JSON form of r.
func (r *GetDetectInfoEnhancedRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetDetectInfoEnhancedRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetDetectInfoEnhancedResponse is the response of GetDetectInfoEnhanced.
type GetDetectInfoEnhancedResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Text       *DetectInfoText       `json:"Text,omitempty" name:"Text"`
		IdCardData *DetectInfoIdCardData `json:"IdCardData,omitempty" name:"IdCardData"`
		BestFrame  *DetectInfoBestFrame  `json:"BestFrame,omitempty" name:"BestFrame"`
		VideoData  *DetectInfoVideoData  `json:"VideoData,omitempty" name:"VideoData"`
		Encryption *Encryption           `json:"Encryption,omitempty" name:"Encryption"`
		RequestId  *string               `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *GetDetectInfoEnhancedResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetDetectInfoEnhancedResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// ImageRecognitionRequest is the request of ImageRecognition.
type ImageRecognitionRequest struct {
	*tchttp.BaseRequest
	IdCard      *string `json:"IdCard,omitempty" name:"IdCard"`
	Name        *string `json:"Name,omitempty" name:"Name"`
	ImageBase64 *string `json:"ImageBase64,omitempty" name:"ImageBase64"`
	Optional    *string `json:"Optional,omitempty" name:"Optional"`
}

// ToJsonString returns the JSON form of r.
func (r *ImageRecognitionRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *ImageRecognitionRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// ImageRecognitionResponse is the response of ImageRecognition.
type ImageRecognitionResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Sim         *float64 `json:"Sim,omitempty" name:"Sim"`
		Result      *string  `json:"Result,omitempty" name:"Result"`
		Description *string  `json:"Description,omitempty" name:"Description"`
		RequestId   *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *ImageRecognitionResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *ImageRecognitionResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessRequest is the request of Liveness.
type LivenessRequest struct {
	*tchttp.BaseRequest
	VideoBase64  *string `json:"VideoBase64,omitempty" name:"VideoBase64"`
	LivenessType *string `json:"LivenessType,omitempty" name:"LivenessType"`
	ValidateData *string `json:"ValidateData,omitempty" name:"ValidateData"`
	Optional     *string `json:"Optional,omitempty" name:"Optional"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessResponse is the response of Liveness.
type LivenessResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		BestFrameBase64 *string   `json:"BestFrameBase64,omitempty" name:"BestFrameBase64"`
		Result          *string   `json:"Result,omitempty" name:"Result"`
		Description     *string   `json:"Description,omitempty" name:"Description"`
		BestFrameList   []*string `json:"BestFrameList,omitempty" name:"BestFrameList"`
		RequestId       *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessCompareRequest is the request of LivenessCompare.
type LivenessCompareRequest struct {
	*tchttp.BaseRequest
	ImageBase64  *string `json:"ImageBase64,omitempty" name:"ImageBase64"`
	VideoBase64  *string `json:"VideoBase64,omitempty" name:"VideoBase64"`
	LivenessType *string `json:"LivenessType,omitempty" name:"LivenessType"`
	ValidateData *string `json:"ValidateData,omitempty" name:"ValidateData"`
	Optional     *string `json:"Optional,omitempty" name:"Optional"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessCompareRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessCompareRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessCompareResponse is the response of LivenessCompare.
type LivenessCompareResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		BestFrameBase64 *string   `json:"BestFrameBase64,omitempty" name:"BestFrameBase64"`
		Sim             *float64  `json:"Sim,omitempty" name:"Sim"`
		Result          *string   `json:"Result,omitempty" name:"Result"`
		Description     *string   `json:"Description,omitempty" name:"Description"`
		BestFrameList   []*string `json:"BestFrameList,omitempty" name:"BestFrameList"`
		RequestId       *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessCompareResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessCompareResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessRecognitionRequest is the request of LivenessRecognition.
type LivenessRecognitionRequest struct {
	*tchttp.BaseRequest
	IdCard       *string `json:"IdCard,omitempty" name:"IdCard"`
	Name         *string `json:"Name,omitempty" name:"Name"`
	VideoBase64  *string `json:"VideoBase64,omitempty" name:"VideoBase64"`
	LivenessType *string `json:"LivenessType,omitempty" name:"LivenessType"`
	ValidateData *string `json:"ValidateData,omitempty" name:"ValidateData"`
	Optional     *string `json:"Optional,omitempty" name:"Optional"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessRecognitionRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessRecognitionRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// LivenessRecognitionResponse is the response of LivenessRecognition.
type LivenessRecognitionResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		BestFrameBase64 *string   `json:"BestFrameBase64,omitempty" name:"BestFrameBase64"`
		Sim             *float64  `json:"Sim,omitempty" name:"Sim"`
		Result          *string   `json:"Result,omitempty" name:"Result"`
		Description     *string   `json:"Description,omitempty" name:"Description"`
		BestFrameList   []*string `json:"BestFrameList,omitempty" name:"BestFrameList"`
		RequestId       *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *LivenessRecognitionResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *LivenessRecognitionResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// IdCardVerificationRequest is the request of IdCardVerification.
type IdCardVerificationRequest struct {
	*tchttp.BaseRequest
	IdCard *string `json:"IdCard,omitempty" name:"IdCard"`
	Name   *string `json:"Name,omitempty" name:"Name"`
}

// ToJsonString returns the JSON form of r.
func (r *IdCardVerificationRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *IdCardVerificationRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// IdCardVerificationResponse is the response of IdCardVerification.
type IdCardVerificationResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Result      *string `json:"Result,omitempty" name:"Result"`
		Description *string `json:"Description,omitempty" name:"Description"`
		RequestId   *string `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *IdCardVerificationResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *IdCardVerificationResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// Encryption is a Tencent Cloud face verification (faceid) data type.
type Encryption struct {
	CiphertextBlob *string   `json:"CiphertextBlob,omitempty" name:"CiphertextBlob"`
	EncryptList    []*string `json:"EncryptList,omitempty" name:"EncryptList"`
	Iv             *string   `json:"Iv,omitempty" name:"Iv"`
}

// DetectDetail is a Tencent Cloud face verification (faceid) data type.
type DetectDetail struct {
	ReqTime        *string `json:"ReqTime,omitempty" name:"ReqTime"`
	Seq            *string `json:"Seq,omitempty" name:"Seq"`
	Idcard         *string `json:"Idcard,omitempty" name:"Idcard"`
	Name           *string `json:"Name,omitempty" name:"Name"`
	Sim            *string `json:"Sim,omitempty" name:"Sim"`
	IsNeedCharge   *bool   `json:"IsNeedCharge,omitempty" name:"IsNeedCharge"`
	Errcode        *int64  `json:"Errcode,omitempty" name:"Errcode"`
	Errmsg         *string `json:"Errmsg,omitempty" name:"Errmsg"`
	Livestatus     *int64  `json:"Livestatus,omitempty" name:"Livestatus"`
	Livemsg        *string `json:"Livemsg,omitempty" name:"Livemsg"`
	Comparestatus  *int64  `json:"Comparestatus,omitempty" name:"Comparestatus"`
	Comparemsg     *string `json:"Comparemsg,omitempty" name:"Comparemsg"`
	CompareLibType *string `json:"CompareLibType,omitempty" name:"CompareLibType"`
}

// DetectInfoText is a Tencent Cloud face verification (faceid) data type.
type DetectInfoText struct {
	ErrCode        *int64          `json:"ErrCode,omitempty" name:"ErrCode"`
	ErrMsg         *string         `json:"ErrMsg,omitempty" name:"ErrMsg"`
	IdCard         *string         `json:"IdCard,omitempty" name:"IdCard"`
	Name           *string         `json:"Name,omitempty" name:"Name"`
	OcrNation      *string         `json:"OcrNation,omitempty" name:"OcrNation"`
	OcrAddress     *string         `json:"OcrAddress,omitempty" name:"OcrAddress"`
	OcrBirth       *string         `json:"OcrBirth,omitempty" name:"OcrBirth"`
	OcrAuthority   *string         `json:"OcrAuthority,omitempty" name:"OcrAuthority"`
	OcrValidDate   *string         `json:"OcrValidDate,omitempty" name:"OcrValidDate"`
	OcrName        *string         `json:"OcrName,omitempty" name:"OcrName"`
	OcrIdCard      *string         `json:"OcrIdCard,omitempty" name:"OcrIdCard"`
	OcrGender      *string         `json:"OcrGender,omitempty" name:"OcrGender"`
	LiveStatus     *int64          `json:"LiveStatus,omitempty" name:"LiveStatus"`
	LiveMsg        *string         `json:"LiveMsg,omitempty" name:"LiveMsg"`
	Comparestatus  *int64          `json:"Comparestatus,omitempty" name:"Comparestatus"`
	Comparemsg     *string         `json:"Comparemsg,omitempty" name:"Comparemsg"`
	Sim            *string         `json:"Sim,omitempty" name:"Sim"`
	Location       *string         `json:"Location,omitempty" name:"Location"`
	Extra          *string         `json:"Extra,omitempty" name:"Extra"`
	LivenessDetail []*DetectDetail `json:"LivenessDetail,omitempty" name:"LivenessDetail"`
	Mobile         *string         `json:"Mobile,omitempty" name:"Mobile"`
	CompareLibType *string         `json:"CompareLibType,omitempty" name:"CompareLibType"`
}

// DetectInfoIdCardData is a Tencent Cloud face verification (faceid) data type.
type DetectInfoIdCardData struct {
	OcrFront            *string `json:"OcrFront,omitempty" name:"OcrFront"`
	OcrBack             *string `json:"OcrBack,omitempty" name:"OcrBack"`
	ProcessedFrontImage *string `json:"ProcessedFrontImage,omitempty" name:"ProcessedFrontImage"`
	ProcessedBackImage  *string `json:"ProcessedBackImage,omitempty" name:"ProcessedBackImage"`
	Avatar              *string `json:"Avatar,omitempty" name:"Avatar"`
}

// DetectInfoBestFrame is a Tencent Cloud face verification (faceid) data type.
type DetectInfoBestFrame struct {
	BestFrame  *string   `json:"BestFrame,omitempty" name:"BestFrame"`
	BestFrames []*string `json:"BestFrames,omitempty" name:"BestFrames"`
}

// DetectInfoVideoData is a Tencent Cloud face verification (faceid) data type.
type DetectInfoVideoData struct {
	LivenessVideo *string `json:"LivenessVideo,omitempty" name:"LivenessVideo"`
}
