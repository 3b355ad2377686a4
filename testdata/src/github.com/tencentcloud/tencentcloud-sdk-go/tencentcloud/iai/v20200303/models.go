package v20200303

import (
	"encoding/json"

	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
)

// CompareFaceRequest is the request of CompareFace.
type CompareFaceRequest struct {
	*tchttp.BaseRequest
	ImageA              *string `json:"ImageA,omitempty" name:"ImageA"`
	ImageB              *string `json:"ImageB,omitempty" name:"ImageB"`
	UrlA                *string `json:"UrlA,omitempty" name:"UrlA"`
	UrlB                *string `json:"UrlB,omitempty" name:"UrlB"`
	FaceModelVersion    *string `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
	QualityControl      *uint64 `json:"QualityControl,omitempty" name:"QualityControl"`
	NeedRotateDetection *uint64 `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *CompareFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CompareFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CompareFaceResponse is the response of CompareFace.
type CompareFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Score            *float64 `json:"Score,omitempty" name:"Score"`
		FaceModelVersion *string  `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *CompareFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CompareFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreateFaceRequest is the request of CreateFace.
type CreateFaceRequest struct {
	*tchttp.BaseRequest
	PersonId            *string   `json:"PersonId,omitempty" name:"PersonId"`
	Images              []*string `json:"Images,omitempty" name:"Images"`
	Urls                []*string `json:"Urls,omitempty" name:"Urls"`
	FaceMatchThreshold  *float64  `json:"FaceMatchThreshold,omitempty" name:"FaceMatchThreshold"`
	QualityControl      *uint64   `json:"QualityControl,omitempty" name:"QualityControl"`
	NeedRotateDetection *uint64   `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *CreateFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreateFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreateFaceResponse is the response of CreateFace.
type CreateFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		SucFaceNum       *uint64     `json:"SucFaceNum,omitempty" name:"SucFaceNum"`
		SucFaceIds       []*string   `json:"SucFaceIds,omitempty" name:"SucFaceIds"`
		RetCode          []*int64    `json:"RetCode,omitempty" name:"RetCode"`
		SucIndexes       []*uint64   `json:"SucIndexes,omitempty" name:"SucIndexes"`
		SucFaceRects     []*FaceRect `json:"SucFaceRects,omitempty" name:"SucFaceRects"`
		FaceModelVersion *string     `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string     `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *CreateFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreateFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreateGroupRequest is the request of CreateGroup.
type CreateGroupRequest struct {
	*tchttp.BaseRequest
	GroupName           *string   `json:"GroupName,omitempty" name:"GroupName"`
	GroupId             *string   `json:"GroupId,omitempty" name:"GroupId"`
	GroupExDescriptions []*string `json:"GroupExDescriptions,omitempty" name:"GroupExDescriptions"`
	Tag                 *string   `json:"Tag,omitempty" name:"Tag"`
	FaceModelVersion    *string   `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
}

// ToJsonString returns the JSON form of r.
func (r *CreateGroupRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreateGroupRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreateGroupResponse is the response of CreateGroup.
type CreateGroupResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		FaceModelVersion *string `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *CreateGroupResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreateGroupResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreatePersonRequest is the request of CreatePerson.
type CreatePersonRequest struct {
	*tchttp.BaseRequest
	GroupId                  *string                    `json:"GroupId,omitempty" name:"GroupId"`
	PersonName               *string                    `json:"PersonName,omitempty" name:"PersonName"`
	PersonId                 *string                    `json:"PersonId,omitempty" name:"PersonId"`
	Gender                   *int64                     `json:"Gender,omitempty" name:"Gender"`
	PersonExDescriptionInfos []*PersonExDescriptionInfo `json:"PersonExDescriptionInfos,omitempty" name:"PersonExDescriptionInfos"`
	Image                    *string                    `json:"Image,omitempty" name:"Image"`
	Url                      *string                    `json:"Url,omitempty" name:"Url"`
	UniquePersonControl      *uint64                    `json:"UniquePersonControl,omitempty" name:"UniquePersonControl"`
	QualityControl           *uint64                    `json:"QualityControl,omitempty" name:"QualityControl"`
	NeedRotateDetection      *uint64                    `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *CreatePersonRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreatePersonRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// CreatePersonResponse is the response of CreatePerson.
type CreatePersonResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		FaceId           *string   `json:"FaceId,omitempty" name:"FaceId"`
		FaceRect         *FaceRect `json:"FaceRect,omitempty" name:"FaceRect"`
		SimilarPersonId  *string   `json:"SimilarPersonId,omitempty" name:"SimilarPersonId"`
		FaceModelVersion *string   `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *CreatePersonResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *CreatePersonResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DeleteFaceRequest is the request of DeleteFace.
type DeleteFaceRequest struct {
	*tchttp.BaseRequest
	PersonId *string   `json:"PersonId,omitempty" name:"PersonId"`
	FaceIds  []*string `json:"FaceIds,omitempty" name:"FaceIds"`
}

// ToJsonString returns the JSON form of r.
func (r *DeleteFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DeleteFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DeleteFaceResponse is the response of DeleteFace.
type DeleteFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		SucDeletedNum *uint64   `json:"SucDeletedNum,omitempty" name:"SucDeletedNum"`
		SucFaceIds    []*string `json:"SucFaceIds,omitempty" name:"SucFaceIds"`
		RequestId     *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *DeleteFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DeleteFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DeletePersonRequest is the request of DeletePerson.
type DeletePersonRequest struct {
	*tchttp.BaseRequest
	PersonId *string `json:"PersonId,omitempty" name:"PersonId"`
}

// ToJsonString returns the JSON form of r.
func (r *DeletePersonRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DeletePersonRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DeletePersonResponse is the response of DeletePerson.
type DeletePersonResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *DeletePersonResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DeletePersonResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DetectFaceRequest is the request of DetectFace.
type DetectFaceRequest struct {
	*tchttp.BaseRequest
	MaxFaceNum           *uint64 `json:"MaxFaceNum,omitempty" name:"MaxFaceNum"`
	MinFaceSize          *uint64 `json:"MinFaceSize,omitempty" name:"MinFaceSize"`
	Image                *string `json:"Image,omitempty" name:"Image"`
	Url                  *string `json:"Url,omitempty" name:"Url"`
	NeedFaceAttributes   *uint64 `json:"NeedFaceAttributes,omitempty" name:"NeedFaceAttributes"`
	NeedQualityDetection *uint64 `json:"NeedQualityDetection,omitempty" name:"NeedQualityDetection"`
	FaceModelVersion     *string `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
	NeedRotateDetection  *uint64 `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DetectFaceResponse is the response of DetectFace.
type DetectFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		ImageWidth       *int64      `json:"ImageWidth,omitempty" name:"ImageWidth"`
		ImageHeight      *int64      `json:"ImageHeight,omitempty" name:"ImageHeight"`
		FaceInfos        []*FaceInfo `json:"FaceInfos,omitempty" name:"FaceInfos"`
		FaceModelVersion *string     `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string     `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DetectLiveFaceRequest is the request of DetectLiveFace.
type DetectLiveFaceRequest struct {
	*tchttp.BaseRequest
	Image            *string `json:"Image,omitempty" name:"Image"`
	Url              *string `json:"Url,omitempty" name:"Url"`
	FaceModelVersion *string `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectLiveFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectLiveFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// DetectLiveFaceResponse is the response of DetectLiveFace.
type DetectLiveFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Score            *float64 `json:"Score,omitempty" name:"Score"`
		FaceModelVersion *string  `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		IsLiveness       *bool    `json:"IsLiveness,omitempty" name:"IsLiveness"`
		RequestId        *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *DetectLiveFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *DetectLiveFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetPersonBaseInfoRequest is the request of GetPersonBaseInfo.
type GetPersonBaseInfoRequest struct {
	*tchttp.BaseRequest
	PersonId *string `json:"PersonId,omitempty" name:"PersonId"`
}

// ToJsonString returns the JSON form of r.
func (r *GetPersonBaseInfoRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetPersonBaseInfoRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// GetPersonBaseInfoResponse is the response of GetPersonBaseInfo.
type GetPersonBaseInfoResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		PersonName *string   `json:"PersonName,omitempty" name:"PersonName"`
		Gender     *int64    `json:"Gender,omitempty" name:"Gender"`
		FaceIds    []*string `json:"FaceIds,omitempty" name:"FaceIds"`
		RequestId  *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *GetPersonBaseInfoResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *GetPersonBaseInfoResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// SearchFacesRequest is the request of SearchFaces.
type SearchFacesRequest struct {
	*tchttp.BaseRequest
	GroupIds            []*string `json:"GroupIds,omitempty" name:"GroupIds"`
	Image               *string   `json:"Image,omitempty" name:"Image"`
	Url                 *string   `json:"Url,omitempty" name:"Url"`
	MaxFaceNum          *uint64   `json:"MaxFaceNum,omitempty" name:"MaxFaceNum"`
	MinFaceSize         *uint64   `json:"MinFaceSize,omitempty" name:"MinFaceSize"`
	MaxPersonNum        *uint64   `json:"MaxPersonNum,omitempty" name:"MaxPersonNum"`
	NeedPersonInfo      *int64    `json:"NeedPersonInfo,omitempty" name:"NeedPersonInfo"`
	QualityControl      *uint64   `json:"QualityControl,omitempty" name:"QualityControl"`
	FaceMatchThreshold  *float64  `json:"FaceMatchThreshold,omitempty" name:"FaceMatchThreshold"`
	NeedRotateDetection *uint64   `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *SearchFacesRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *SearchFacesRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// SearchFacesResponse is the response of SearchFaces.
type SearchFacesResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Results          []*Result `json:"Results,omitempty" name:"Results"`
		FaceNum          *uint64   `json:"FaceNum,omitempty" name:"FaceNum"`
		FaceModelVersion *string   `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *SearchFacesResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *SearchFacesResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// SearchPersonsRequest is the request of SearchPersons.
type SearchPersonsRequest struct {
	*tchttp.BaseRequest
	GroupIds            []*string `json:"GroupIds,omitempty" name:"GroupIds"`
	Image               *string   `json:"Image,omitempty" name:"Image"`
	Url                 *string   `json:"Url,omitempty" name:"Url"`
	MaxFaceNum          *uint64   `json:"MaxFaceNum,omitempty" name:"MaxFaceNum"`
	MinFaceSize         *uint64   `json:"MinFaceSize,omitempty" name:"MinFaceSize"`
	MaxPersonNum        *uint64   `json:"MaxPersonNum,omitempty" name:"MaxPersonNum"`
	QualityControl      *uint64   `json:"QualityControl,omitempty" name:"QualityControl"`
	FaceMatchThreshold  *float64  `json:"FaceMatchThreshold,omitempty" name:"FaceMatchThreshold"`
	NeedPersonInfo      *int64    `json:"NeedPersonInfo,omitempty" name:"NeedPersonInfo"`
	NeedRotateDetection *uint64   `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *SearchPersonsRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *SearchPersonsRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// SearchPersonsResponse is the response of SearchPersons.
type SearchPersonsResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Results          []*Result `json:"Results,omitempty" name:"Results"`
		PersonNum        *uint64   `json:"PersonNum,omitempty" name:"PersonNum"`
		FaceModelVersion *string   `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string   `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *SearchPersonsResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *SearchPersonsResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// VerifyFaceRequest is the request of VerifyFace.
type VerifyFaceRequest struct {
	*tchttp.BaseRequest
	PersonId            *string `json:"PersonId,omitempty" name:"PersonId"`
	Image               *string `json:"Image,omitempty" name:"Image"`
	Url                 *string `json:"Url,omitempty" name:"Url"`
	QualityControl      *uint64 `json:"QualityControl,omitempty" name:"QualityControl"`
	NeedRotateDetection *uint64 `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *VerifyFaceRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *VerifyFaceRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// VerifyFaceResponse is the response of VerifyFace.
type VerifyFaceResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Score            *float64 `json:"Score,omitempty" name:"Score"`
		IsMatch          *bool    `json:"IsMatch,omitempty" name:"IsMatch"`
		FaceModelVersion *string  `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *VerifyFaceResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *VerifyFaceResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// VerifyPersonRequest is the request of VerifyPerson.
type VerifyPersonRequest struct {
	*tchttp.BaseRequest
	PersonId            *string `json:"PersonId,omitempty" name:"PersonId"`
	Image               *string `json:"Image,omitempty" name:"Image"`
	Url                 *string `json:"Url,omitempty" name:"Url"`
	QualityControl      *uint64 `json:"QualityControl,omitempty" name:"QualityControl"`
	NeedRotateDetection *uint64 `json:"NeedRotateDetection,omitempty" name:"NeedRotateDetection"`
}

// ToJsonString returns the JSON form of r.
func (r *VerifyPersonRequest) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *VerifyPersonRequest) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// VerifyPersonResponse is the response of VerifyPerson.
type VerifyPersonResponse struct {
	*tchttp.BaseResponse
	Response *struct {
		Score            *float64 `json:"Score,omitempty" name:"Score"`
		IsMatch          *bool    `json:"IsMatch,omitempty" name:"IsMatch"`
		FaceModelVersion *string  `json:"FaceModelVersion,omitempty" name:"FaceModelVersion"`
		RequestId        *string  `json:"RequestId,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// ToJsonString returns the JSON form of r.
func (r *VerifyPersonResponse) ToJsonString() string {
	b, _ := json.Marshal(r)
	return string(b)
}

// FromJsonString fills r from its JSON form.
func (r *VerifyPersonResponse) FromJsonString(s string) error {
	return json.Unmarshal([]byte(s), &r)
}

// FaceInfo is a Tencent Cloud face recognition (iai) data type.
type FaceInfo struct {
	X                  *int64              `json:"X,omitempty" name:"X"`
	Y                  *int64              `json:"Y,omitempty" name:"Y"`
	Width              *int64              `json:"Width,omitempty" name:"Width"`
	Height             *int64              `json:"Height,omitempty" name:"Height"`
	FaceAttributesInfo *FaceAttributesInfo `json:"FaceAttributesInfo,omitempty" name:"FaceAttributesInfo"`
	FaceQualityInfo    *FaceQualityInfo    `json:"FaceQualityInfo,omitempty" name:"FaceQualityInfo"`
}

// FaceAttributesInfo is a Tencent Cloud face recognition (iai) data type.
type FaceAttributesInfo struct {
	Gender     *int64                  `json:"Gender,omitempty" name:"Gender"`
	Age        *int64                  `json:"Age,omitempty" name:"Age"`
	Expression *int64                  `json:"Expression,omitempty" name:"Expression"`
	Glass      *bool                   `json:"Glass,omitempty" name:"Glass"`
	Pitch      *int64                  `json:"Pitch,omitempty" name:"Pitch"`
	Yaw        *int64                  `json:"Yaw,omitempty" name:"Yaw"`
	Roll       *int64                  `json:"Roll,omitempty" name:"Roll"`
	Beauty     *int64                  `json:"Beauty,omitempty" name:"Beauty"`
	Hat        *bool                   `json:"Hat,omitempty" name:"Hat"`
	Mask       *bool                   `json:"Mask,omitempty" name:"Mask"`
	Hair       *FaceHairAttributesInfo `json:"Hair,omitempty" name:"Hair"`
	EyeOpen    *bool                   `json:"EyeOpen,omitempty" name:"EyeOpen"`
}

// FaceHairAttributesInfo is a Tencent Cloud face recognition (iai) data type.
type FaceHairAttributesInfo struct {
	Length *int64 `json:"Length,omitempty" name:"Length"`
	Bang   *int64 `json:"Bang,omitempty" name:"Bang"`
	Color  *int64 `json:"Color,omitempty" name:"Color"`
}

// FaceQualityInfo is a Tencent Cloud face recognition (iai) data type.
type FaceQualityInfo struct {
	Score        *int64                   `json:"Score,omitempty" name:"Score"`
	Sharpness    *int64                   `json:"Sharpness,omitempty" name:"Sharpness"`
	Brightness   *int64                   `json:"Brightness,omitempty" name:"Brightness"`
	Completeness *FaceQualityCompleteness `json:"Completeness,omitempty" name:"Completeness"`
}

// FaceQualityCompleteness is a Tencent Cloud face recognition (iai) data type.
type FaceQualityCompleteness struct {
	Eyebrow *int64 `json:"Eyebrow,omitempty" name:"Eyebrow"`
	Eye     *int64 `json:"Eye,omitempty" name:"Eye"`
	Nose    *int64 `json:"Nose,omitempty" name:"Nose"`
	Cheek   *int64 `json:"Cheek,omitempty" name:"Cheek"`
	Mouth   *int64 `json:"Mouth,omitempty" name:"Mouth"`
	Chin    *int64 `json:"Chin,omitempty" name:"Chin"`
}

// FaceRect is a Tencent Cloud face recognition (iai) data type.
type FaceRect struct {
	X      *int64  `json:"X,omitempty" name:"X"`
	Y      *int64  `json:"Y,omitempty" name:"Y"`
	Width  *uint64 `json:"Width,omitempty" name:"Width"`
	Height *uint64 `json:"Height,omitempty" name:"Height"`
}

// Result is a Tencent Cloud face recognition (iai) data type.
type Result struct {
	Candidates []*Candidate `json:"Candidates,omitempty" name:"Candidates"`
	FaceRect   *FaceRect    `json:"FaceRect,omitempty" name:"FaceRect"`
	RetCode    *int64       `json:"RetCode,omitempty" name:"RetCode"`
}

// Candidate is a Tencent Cloud face recognition (iai) data type.
type Candidate struct {
	PersonId         *string            `json:"PersonId,omitempty" name:"PersonId"`
	FaceId           *string            `json:"FaceId,omitempty" name:"FaceId"`
	Score            *float64           `json:"Score,omitempty" name:"Score"`
	PersonName       *string            `json:"PersonName,omitempty" name:"PersonName"`
	Gender           *int64             `json:"Gender,omitempty" name:"Gender"`
	PersonGroupInfos []*PersonGroupInfo `json:"PersonGroupInfos,omitempty" name:"PersonGroupInfos"`
}

// PersonGroupInfo is a Tencent Cloud face recognition (iai) data type.
type PersonGroupInfo struct {
	GroupId              *string   `json:"GroupId,omitempty" name:"GroupId"`
	PersonExDescriptions []*string `json:"PersonExDescriptions,omitempty" name:"PersonExDescriptions"`
}

// PersonExDescriptionInfo is a Tencent Cloud face recognition (iai) data type.
type PersonExDescriptionInfo struct {
	PersonExDescriptionIndex *uint64 `json:"PersonExDescriptionIndex,omitempty" name:"PersonExDescriptionIndex"`
	PersonExDescription      *string `json:"PersonExDescription,omitempty" name:"PersonExDescription"`
}

// GroupExDescriptionInfo is a Tencent Cloud face recognition (iai) data type.
type GroupExDescriptionInfo struct {
	GroupExDescriptionIndex *uint64 `json:"GroupExDescriptionIndex,omitempty" name:"GroupExDescriptionIndex"`
	GroupExDescription      *string `json:"GroupExDescription,omitempty" name:"GroupExDescription"`
}

// ResultsReturnsByGroup is a Tencent Cloud face recognition (iai) data type.
type ResultsReturnsByGroup struct {
	FaceRect        *FaceRect         `json:"FaceRect,omitempty" name:"FaceRect"`
	GroupCandidates []*GroupCandidate `json:"GroupCandidates,omitempty" name:"GroupCandidates"`
	RetCode         *int64            `json:"RetCode,omitempty" name:"RetCode"`
}

// GroupCandidate is a Tencent Cloud face recognition (iai) data type.
type GroupCandidate struct {
	GroupId    *string      `json:"GroupId,omitempty" name:"GroupId"`
	Candidates []*Candidate `json:"Candidates,omitempty" name:"Candidates"`
}
