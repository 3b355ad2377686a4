// Package client is a minimal stub of github.com/alibabacloud-go/facebody-20191230/v5/client v5.1.2 for facelint's tests: only the API facelint models, with the real signatures.
package client

import (
	"io"

	openapi "github.com/alibabacloud-go/darabonba-openapi/v2/client"
	util "github.com/alibabacloud-go/tea-utils/v2/service"
	"github.com/alibabacloud-go/tea/tea"
)

// AddFaceRequest is a facebody data type.
type AddFaceRequest struct {
	DbName                                *string  `json:"DbName,omitempty" xml:"DbName,omitempty"`
	EntityId                              *string  `json:"EntityId,omitempty" xml:"EntityId,omitempty"`
	ExtraData                             *string  `json:"ExtraData,omitempty" xml:"ExtraData,omitempty"`
	ImageUrl                              *string  `json:"ImageUrl,omitempty" xml:"ImageUrl,omitempty"`
	QualityScoreThreshold                 *float32 `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
	SimilarityScoreThresholdBetweenEntity *float32 `json:"SimilarityScoreThresholdBetweenEntity,omitempty" xml:"SimilarityScoreThresholdBetweenEntity,omitempty"`
	SimilarityScoreThresholdInEntity      *float32 `json:"SimilarityScoreThresholdInEntity,omitempty" xml:"SimilarityScoreThresholdInEntity,omitempty"`
}

func (s AddFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s AddFaceRequest) GoString() string {
	return s.String()
}

func (s *AddFaceRequest) SetDbName(v string) *AddFaceRequest {
	s.DbName = &v
	return s
}

func (s *AddFaceRequest) SetEntityId(v string) *AddFaceRequest {
	s.EntityId = &v
	return s
}

func (s *AddFaceRequest) SetExtraData(v string) *AddFaceRequest {
	s.ExtraData = &v
	return s
}

func (s *AddFaceRequest) SetImageUrl(v string) *AddFaceRequest {
	s.ImageUrl = &v
	return s
}

func (s *AddFaceRequest) SetQualityScoreThreshold(v float32) *AddFaceRequest {
	s.QualityScoreThreshold = &v
	return s
}

func (s *AddFaceRequest) SetSimilarityScoreThresholdBetweenEntity(v float32) *AddFaceRequest {
	s.SimilarityScoreThresholdBetweenEntity = &v
	return s
}

func (s *AddFaceRequest) SetSimilarityScoreThresholdInEntity(v float32) *AddFaceRequest {
	s.SimilarityScoreThresholdInEntity = &v
	return s
}

// AddFaceAdvanceRequest is a facebody data type.
type AddFaceAdvanceRequest struct {
	DbName                                *string   `json:"DbName,omitempty" xml:"DbName,omitempty"`
	EntityId                              *string   `json:"EntityId,omitempty" xml:"EntityId,omitempty"`
	ExtraData                             *string   `json:"ExtraData,omitempty" xml:"ExtraData,omitempty"`
	ImageUrlObject                        io.Reader `json:"ImageUrl,omitempty" xml:"ImageUrl,omitempty"`
	QualityScoreThreshold                 *float32  `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
	SimilarityScoreThresholdBetweenEntity *float32  `json:"SimilarityScoreThresholdBetweenEntity,omitempty" xml:"SimilarityScoreThresholdBetweenEntity,omitempty"`
	SimilarityScoreThresholdInEntity      *float32  `json:"SimilarityScoreThresholdInEntity,omitempty" xml:"SimilarityScoreThresholdInEntity,omitempty"`
}

func (s AddFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s AddFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *AddFaceAdvanceRequest) SetDbName(v string) *AddFaceAdvanceRequest {
	s.DbName = &v
	return s
}

func (s *AddFaceAdvanceRequest) SetEntityId(v string) *AddFaceAdvanceRequest {
	s.EntityId = &v
	return s
}

func (s *AddFaceAdvanceRequest) SetExtraData(v string) *AddFaceAdvanceRequest {
	s.ExtraData = &v
	return s
}

func (s *AddFaceAdvanceRequest) SetImageUrlObject(v io.Reader) *AddFaceAdvanceRequest {
	s.ImageUrlObject = v
	return s
}

func (s *AddFaceAdvanceRequest) SetQualityScoreThreshold(v float32) *AddFaceAdvanceRequest {
	s.QualityScoreThreshold = &v
	return s
}

func (s *AddFaceAdvanceRequest) SetSimilarityScoreThresholdBetweenEntity(v float32) *AddFaceAdvanceRequest {
	s.SimilarityScoreThresholdBetweenEntity = &v
	return s
}

func (s *AddFaceAdvanceRequest) SetSimilarityScoreThresholdInEntity(v float32) *AddFaceAdvanceRequest {
	s.SimilarityScoreThresholdInEntity = &v
	return s
}

// AddFaceResponseBody is a facebody data type.
type AddFaceResponseBody struct {
	Data      *AddFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                  `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s AddFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s AddFaceResponseBody) GoString() string {
	return s.String()
}

func (s *AddFaceResponseBody) SetData(v *AddFaceResponseBodyData) *AddFaceResponseBody {
	s.Data = v
	return s
}

func (s *AddFaceResponseBody) SetRequestId(v string) *AddFaceResponseBody {
	s.RequestId = &v
	return s
}

// AddFaceResponseBodyData is a facebody data type.
type AddFaceResponseBodyData struct {
	FaceId        *string  `json:"FaceId,omitempty" xml:"FaceId,omitempty"`
	QualitieScore *float32 `json:"QualitieScore,omitempty" xml:"QualitieScore,omitempty"`
}

func (s AddFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s AddFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *AddFaceResponseBodyData) SetFaceId(v string) *AddFaceResponseBodyData {
	s.FaceId = &v
	return s
}

func (s *AddFaceResponseBodyData) SetQualitieScore(v float32) *AddFaceResponseBodyData {
	s.QualitieScore = &v
	return s
}

// AddFaceResponse is a facebody data type.
type AddFaceResponse struct {
	Headers    map[string]*string   `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32               `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *AddFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s AddFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s AddFaceResponse) GoString() string {
	return s.String()
}

func (s *AddFaceResponse) SetHeaders(v map[string]*string) *AddFaceResponse {
	s.Headers = v
	return s
}

func (s *AddFaceResponse) SetStatusCode(v int32) *AddFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *AddFaceResponse) SetBody(v *AddFaceResponseBody) *AddFaceResponse {
	s.Body = v
	return s
}

// AddFaceEntityRequest is a facebody data type.
type AddFaceEntityRequest struct {
	DbName   *string `json:"DbName,omitempty" xml:"DbName,omitempty"`
	EntityId *string `json:"EntityId,omitempty" xml:"EntityId,omitempty"`
	Labels   *string `json:"Labels,omitempty" xml:"Labels,omitempty"`
}

func (s AddFaceEntityRequest) String() string {
	return tea.Prettify(s)
}

func (s AddFaceEntityRequest) GoString() string {
	return s.String()
}

func (s *AddFaceEntityRequest) SetDbName(v string) *AddFaceEntityRequest {
	s.DbName = &v
	return s
}

func (s *AddFaceEntityRequest) SetEntityId(v string) *AddFaceEntityRequest {
	s.EntityId = &v
	return s
}

func (s *AddFaceEntityRequest) SetLabels(v string) *AddFaceEntityRequest {
	s.Labels = &v
	return s
}

// AddFaceEntityResponseBody is a facebody data type.
type AddFaceEntityResponseBody struct {
	RequestId *string `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s AddFaceEntityResponseBody) String() string {
	return tea.Prettify(s)
}

func (s AddFaceEntityResponseBody) GoString() string {
	return s.String()
}

func (s *AddFaceEntityResponseBody) SetRequestId(v string) *AddFaceEntityResponseBody {
	s.RequestId = &v
	return s
}

// AddFaceEntityResponse is a facebody data type.
type AddFaceEntityResponse struct {
	Headers    map[string]*string         `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                     `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *AddFaceEntityResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s AddFaceEntityResponse) String() string {
	return tea.Prettify(s)
}

func (s AddFaceEntityResponse) GoString() string {
	return s.String()
}

func (s *AddFaceEntityResponse) SetHeaders(v map[string]*string) *AddFaceEntityResponse {
	s.Headers = v
	return s
}

func (s *AddFaceEntityResponse) SetStatusCode(v int32) *AddFaceEntityResponse {
	s.StatusCode = &v
	return s
}

func (s *AddFaceEntityResponse) SetBody(v *AddFaceEntityResponseBody) *AddFaceEntityResponse {
	s.Body = v
	return s
}

// CompareFaceRequest is a facebody data type.
type CompareFaceRequest struct {
	ImageDataA            *string  `json:"ImageDataA,omitempty" xml:"ImageDataA,omitempty"`
	ImageDataB            *string  `json:"ImageDataB,omitempty" xml:"ImageDataB,omitempty"`
	ImageURLA             *string  `json:"ImageURLA,omitempty" xml:"ImageURLA,omitempty"`
	ImageURLB             *string  `json:"ImageURLB,omitempty" xml:"ImageURLB,omitempty"`
	QualityScoreThreshold *float32 `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s CompareFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceRequest) GoString() string {
	return s.String()
}

func (s *CompareFaceRequest) SetImageDataA(v string) *CompareFaceRequest {
	s.ImageDataA = &v
	return s
}

func (s *CompareFaceRequest) SetImageDataB(v string) *CompareFaceRequest {
	s.ImageDataB = &v
	return s
}

func (s *CompareFaceRequest) SetImageURLA(v string) *CompareFaceRequest {
	s.ImageURLA = &v
	return s
}

func (s *CompareFaceRequest) SetImageURLB(v string) *CompareFaceRequest {
	s.ImageURLB = &v
	return s
}

func (s *CompareFaceRequest) SetQualityScoreThreshold(v float32) *CompareFaceRequest {
	s.QualityScoreThreshold = &v
	return s
}

// CompareFaceAdvanceRequest is a facebody data type.
type CompareFaceAdvanceRequest struct {
	ImageDataA            *string   `json:"ImageDataA,omitempty" xml:"ImageDataA,omitempty"`
	ImageDataB            *string   `json:"ImageDataB,omitempty" xml:"ImageDataB,omitempty"`
	ImageURLAObject       io.Reader `json:"ImageURLA,omitempty" xml:"ImageURLA,omitempty"`
	ImageURLBObject       io.Reader `json:"ImageURLB,omitempty" xml:"ImageURLB,omitempty"`
	QualityScoreThreshold *float32  `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s CompareFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *CompareFaceAdvanceRequest) SetImageDataA(v string) *CompareFaceAdvanceRequest {
	s.ImageDataA = &v
	return s
}

func (s *CompareFaceAdvanceRequest) SetImageDataB(v string) *CompareFaceAdvanceRequest {
	s.ImageDataB = &v
	return s
}

func (s *CompareFaceAdvanceRequest) SetImageURLAObject(v io.Reader) *CompareFaceAdvanceRequest {
	s.ImageURLAObject = v
	return s
}

func (s *CompareFaceAdvanceRequest) SetImageURLBObject(v io.Reader) *CompareFaceAdvanceRequest {
	s.ImageURLBObject = v
	return s
}

func (s *CompareFaceAdvanceRequest) SetQualityScoreThreshold(v float32) *CompareFaceAdvanceRequest {
	s.QualityScoreThreshold = &v
	return s
}

// CompareFaceResponseBody is a facebody data type.
type CompareFaceResponseBody struct {
	Data      *CompareFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                      `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s CompareFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceResponseBody) GoString() string {
	return s.String()
}

func (s *CompareFaceResponseBody) SetData(v *CompareFaceResponseBodyData) *CompareFaceResponseBody {
	s.Data = v
	return s
}

func (s *CompareFaceResponseBody) SetRequestId(v string) *CompareFaceResponseBody {
	s.RequestId = &v
	return s
}

// CompareFaceResponseBodyData is a facebody data type.
type CompareFaceResponseBodyData struct {
	Confidence     *float32   `json:"Confidence,omitempty" xml:"Confidence,omitempty"`
	IsMaskA        *int64     `json:"IsMaskA,omitempty" xml:"IsMaskA,omitempty"`
	IsMaskB        *int64     `json:"IsMaskB,omitempty" xml:"IsMaskB,omitempty"`
	LandmarksAList []*int64   `json:"LandmarksAList,omitempty" xml:"LandmarksAList,omitempty" type:"Repeated"`
	LandmarksBList []*int64   `json:"LandmarksBList,omitempty" xml:"LandmarksBList,omitempty" type:"Repeated"`
	MessageTips    *string    `json:"MessageTips,omitempty" xml:"MessageTips,omitempty"`
	QualityScoreA  *float32   `json:"QualityScoreA,omitempty" xml:"QualityScoreA,omitempty"`
	QualityScoreB  *float32   `json:"QualityScoreB,omitempty" xml:"QualityScoreB,omitempty"`
	RectAList      []*int32   `json:"RectAList,omitempty" xml:"RectAList,omitempty" type:"Repeated"`
	RectBList      []*int32   `json:"RectBList,omitempty" xml:"RectBList,omitempty" type:"Repeated"`
	Thresholds     []*float32 `json:"Thresholds,omitempty" xml:"Thresholds,omitempty" type:"Repeated"`
}

func (s CompareFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *CompareFaceResponseBodyData) SetConfidence(v float32) *CompareFaceResponseBodyData {
	s.Confidence = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetIsMaskA(v int64) *CompareFaceResponseBodyData {
	s.IsMaskA = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetIsMaskB(v int64) *CompareFaceResponseBodyData {
	s.IsMaskB = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetLandmarksAList(v []*int64) *CompareFaceResponseBodyData {
	s.LandmarksAList = v
	return s
}

func (s *CompareFaceResponseBodyData) SetLandmarksBList(v []*int64) *CompareFaceResponseBodyData {
	s.LandmarksBList = v
	return s
}

func (s *CompareFaceResponseBodyData) SetMessageTips(v string) *CompareFaceResponseBodyData {
	s.MessageTips = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetQualityScoreA(v float32) *CompareFaceResponseBodyData {
	s.QualityScoreA = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetQualityScoreB(v float32) *CompareFaceResponseBodyData {
	s.QualityScoreB = &v
	return s
}

func (s *CompareFaceResponseBodyData) SetRectAList(v []*int32) *CompareFaceResponseBodyData {
	s.RectAList = v
	return s
}

func (s *CompareFaceResponseBodyData) SetRectBList(v []*int32) *CompareFaceResponseBodyData {
	s.RectBList = v
	return s
}

func (s *CompareFaceResponseBodyData) SetThresholds(v []*float32) *CompareFaceResponseBodyData {
	s.Thresholds = v
	return s
}

// CompareFaceResponse is a facebody data type.
type CompareFaceResponse struct {
	Headers    map[string]*string       `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                   `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *CompareFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s CompareFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceResponse) GoString() string {
	return s.String()
}

func (s *CompareFaceResponse) SetHeaders(v map[string]*string) *CompareFaceResponse {
	s.Headers = v
	return s
}

func (s *CompareFaceResponse) SetStatusCode(v int32) *CompareFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *CompareFaceResponse) SetBody(v *CompareFaceResponseBody) *CompareFaceResponse {
	s.Body = v
	return s
}

// CompareFaceWithMaskRequest is a facebody data type.
type CompareFaceWithMaskRequest struct {
	ImageURLA             *string  `json:"ImageURLA,omitempty" xml:"ImageURLA,omitempty"`
	ImageURLB             *string  `json:"ImageURLB,omitempty" xml:"ImageURLB,omitempty"`
	QualityScoreThreshold *float32 `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s CompareFaceWithMaskRequest) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceWithMaskRequest) GoString() string {
	return s.String()
}

func (s *CompareFaceWithMaskRequest) SetImageURLA(v string) *CompareFaceWithMaskRequest {
	s.ImageURLA = &v
	return s
}

func (s *CompareFaceWithMaskRequest) SetImageURLB(v string) *CompareFaceWithMaskRequest {
	s.ImageURLB = &v
	return s
}

func (s *CompareFaceWithMaskRequest) SetQualityScoreThreshold(v float32) *CompareFaceWithMaskRequest {
	s.QualityScoreThreshold = &v
	return s
}

// CompareFaceWithMaskAdvanceRequest is a facebody data type.
type CompareFaceWithMaskAdvanceRequest struct {
	ImageURLAObject       io.Reader `json:"ImageURLA,omitempty" xml:"ImageURLA,omitempty"`
	ImageURLBObject       io.Reader `json:"ImageURLB,omitempty" xml:"ImageURLB,omitempty"`
	QualityScoreThreshold *float32  `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s CompareFaceWithMaskAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceWithMaskAdvanceRequest) GoString() string {
	return s.String()
}

func (s *CompareFaceWithMaskAdvanceRequest) SetImageURLAObject(v io.Reader) *CompareFaceWithMaskAdvanceRequest {
	s.ImageURLAObject = v
	return s
}

func (s *CompareFaceWithMaskAdvanceRequest) SetImageURLBObject(v io.Reader) *CompareFaceWithMaskAdvanceRequest {
	s.ImageURLBObject = v
	return s
}

func (s *CompareFaceWithMaskAdvanceRequest) SetQualityScoreThreshold(v float32) *CompareFaceWithMaskAdvanceRequest {
	s.QualityScoreThreshold = &v
	return s
}

// CompareFaceWithMaskResponseBody is a facebody data type.
type CompareFaceWithMaskResponseBody struct {
	Data      *CompareFaceWithMaskResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                              `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s CompareFaceWithMaskResponseBody) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceWithMaskResponseBody) GoString() string {
	return s.String()
}

func (s *CompareFaceWithMaskResponseBody) SetData(v *CompareFaceWithMaskResponseBodyData) *CompareFaceWithMaskResponseBody {
	s.Data = v
	return s
}

func (s *CompareFaceWithMaskResponseBody) SetRequestId(v string) *CompareFaceWithMaskResponseBody {
	s.RequestId = &v
	return s
}

// CompareFaceWithMaskResponseBodyData is a facebody data type.
type CompareFaceWithMaskResponseBodyData struct {
	Confidence     *float32 `json:"Confidence,omitempty" xml:"Confidence,omitempty"`
	IsMaskA        *int64   `json:"IsMaskA,omitempty" xml:"IsMaskA,omitempty"`
	IsMaskB        *int64   `json:"IsMaskB,omitempty" xml:"IsMaskB,omitempty"`
	LandmarksAList []*int64 `json:"LandmarksAList,omitempty" xml:"LandmarksAList,omitempty" type:"Repeated"`
	LandmarksBList []*int64 `json:"LandmarksBList,omitempty" xml:"LandmarksBList,omitempty" type:"Repeated"`
	MessageTips    *string  `json:"MessageTips,omitempty" xml:"MessageTips,omitempty"`
	QualityScoreA  *float32 `json:"QualityScoreA,omitempty" xml:"QualityScoreA,omitempty"`
	QualityScoreB  *float32 `json:"QualityScoreB,omitempty" xml:"QualityScoreB,omitempty"`
	RectAList      []*int64 `json:"RectAList,omitempty" xml:"RectAList,omitempty" type:"Repeated"`
	RectBList      []*int64 `json:"RectBList,omitempty" xml:"RectBList,omitempty" type:"Repeated"`
	Thresholds     []*int64 `json:"Thresholds,omitempty" xml:"Thresholds,omitempty" type:"Repeated"`
}

func (s CompareFaceWithMaskResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceWithMaskResponseBodyData) GoString() string {
	return s.String()
}

func (s *CompareFaceWithMaskResponseBodyData) SetConfidence(v float32) *CompareFaceWithMaskResponseBodyData {
	s.Confidence = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetIsMaskA(v int64) *CompareFaceWithMaskResponseBodyData {
	s.IsMaskA = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetIsMaskB(v int64) *CompareFaceWithMaskResponseBodyData {
	s.IsMaskB = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetLandmarksAList(v []*int64) *CompareFaceWithMaskResponseBodyData {
	s.LandmarksAList = v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetLandmarksBList(v []*int64) *CompareFaceWithMaskResponseBodyData {
	s.LandmarksBList = v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetMessageTips(v string) *CompareFaceWithMaskResponseBodyData {
	s.MessageTips = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetQualityScoreA(v float32) *CompareFaceWithMaskResponseBodyData {
	s.QualityScoreA = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetQualityScoreB(v float32) *CompareFaceWithMaskResponseBodyData {
	s.QualityScoreB = &v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetRectAList(v []*int64) *CompareFaceWithMaskResponseBodyData {
	s.RectAList = v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetRectBList(v []*int64) *CompareFaceWithMaskResponseBodyData {
	s.RectBList = v
	return s
}

func (s *CompareFaceWithMaskResponseBodyData) SetThresholds(v []*int64) *CompareFaceWithMaskResponseBodyData {
	s.Thresholds = v
	return s
}

// CompareFaceWithMaskResponse is a facebody data type.
type CompareFaceWithMaskResponse struct {
	Headers    map[string]*string               `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                           `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *CompareFaceWithMaskResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s CompareFaceWithMaskResponse) String() string {
	return tea.Prettify(s)
}

func (s CompareFaceWithMaskResponse) GoString() string {
	return s.String()
}

func (s *CompareFaceWithMaskResponse) SetHeaders(v map[string]*string) *CompareFaceWithMaskResponse {
	s.Headers = v
	return s
}

func (s *CompareFaceWithMaskResponse) SetStatusCode(v int32) *CompareFaceWithMaskResponse {
	s.StatusCode = &v
	return s
}

func (s *CompareFaceWithMaskResponse) SetBody(v *CompareFaceWithMaskResponseBody) *CompareFaceWithMaskResponse {
	s.Body = v
	return s
}

// CreateFaceDbRequest is a facebody data type.
type CreateFaceDbRequest struct {
	Name *string `json:"Name,omitempty" xml:"Name,omitempty"`
}

func (s CreateFaceDbRequest) String() string {
	return tea.Prettify(s)
}

func (s CreateFaceDbRequest) GoString() string {
	return s.String()
}

func (s *CreateFaceDbRequest) SetName(v string) *CreateFaceDbRequest {
	s.Name = &v
	return s
}

// CreateFaceDbResponseBody is a facebody data type.
type CreateFaceDbResponseBody struct {
	RequestId *string `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s CreateFaceDbResponseBody) String() string {
	return tea.Prettify(s)
}

func (s CreateFaceDbResponseBody) GoString() string {
	return s.String()
}

func (s *CreateFaceDbResponseBody) SetRequestId(v string) *CreateFaceDbResponseBody {
	s.RequestId = &v
	return s
}

// CreateFaceDbResponse is a facebody data type.
type CreateFaceDbResponse struct {
	Headers    map[string]*string        `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                    `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *CreateFaceDbResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s CreateFaceDbResponse) String() string {
	return tea.Prettify(s)
}

func (s CreateFaceDbResponse) GoString() string {
	return s.String()
}

func (s *CreateFaceDbResponse) SetHeaders(v map[string]*string) *CreateFaceDbResponse {
	s.Headers = v
	return s
}

func (s *CreateFaceDbResponse) SetStatusCode(v int32) *CreateFaceDbResponse {
	s.StatusCode = &v
	return s
}

func (s *CreateFaceDbResponse) SetBody(v *CreateFaceDbResponseBody) *CreateFaceDbResponse {
	s.Body = v
	return s
}

// DetectFaceRequest is a facebody data type.
type DetectFaceRequest struct {
	ImageURL      *string `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	Landmark      *bool   `json:"Landmark,omitempty" xml:"Landmark,omitempty"`
	MaxFaceNumber *int64  `json:"MaxFaceNumber,omitempty" xml:"MaxFaceNumber,omitempty"`
	Pose          *bool   `json:"Pose,omitempty" xml:"Pose,omitempty"`
	Quality       *bool   `json:"Quality,omitempty" xml:"Quality,omitempty"`
}

func (s DetectFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceRequest) GoString() string {
	return s.String()
}

func (s *DetectFaceRequest) SetImageURL(v string) *DetectFaceRequest {
	s.ImageURL = &v
	return s
}

func (s *DetectFaceRequest) SetLandmark(v bool) *DetectFaceRequest {
	s.Landmark = &v
	return s
}

func (s *DetectFaceRequest) SetMaxFaceNumber(v int64) *DetectFaceRequest {
	s.MaxFaceNumber = &v
	return s
}

func (s *DetectFaceRequest) SetPose(v bool) *DetectFaceRequest {
	s.Pose = &v
	return s
}

func (s *DetectFaceRequest) SetQuality(v bool) *DetectFaceRequest {
	s.Quality = &v
	return s
}

// DetectFaceAdvanceRequest is a facebody data type.
type DetectFaceAdvanceRequest struct {
	ImageURLObject io.Reader `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	Landmark       *bool     `json:"Landmark,omitempty" xml:"Landmark,omitempty"`
	MaxFaceNumber  *int64    `json:"MaxFaceNumber,omitempty" xml:"MaxFaceNumber,omitempty"`
	Pose           *bool     `json:"Pose,omitempty" xml:"Pose,omitempty"`
	Quality        *bool     `json:"Quality,omitempty" xml:"Quality,omitempty"`
}

func (s DetectFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *DetectFaceAdvanceRequest) SetImageURLObject(v io.Reader) *DetectFaceAdvanceRequest {
	s.ImageURLObject = v
	return s
}

func (s *DetectFaceAdvanceRequest) SetLandmark(v bool) *DetectFaceAdvanceRequest {
	s.Landmark = &v
	return s
}

func (s *DetectFaceAdvanceRequest) SetMaxFaceNumber(v int64) *DetectFaceAdvanceRequest {
	s.MaxFaceNumber = &v
	return s
}

func (s *DetectFaceAdvanceRequest) SetPose(v bool) *DetectFaceAdvanceRequest {
	s.Pose = &v
	return s
}

func (s *DetectFaceAdvanceRequest) SetQuality(v bool) *DetectFaceAdvanceRequest {
	s.Quality = &v
	return s
}

// DetectFaceResponseBody is a facebody data type.
type DetectFaceResponseBody struct {
	Data      *DetectFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                     `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s DetectFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceResponseBody) GoString() string {
	return s.String()
}

func (s *DetectFaceResponseBody) SetData(v *DetectFaceResponseBodyData) *DetectFaceResponseBody {
	s.Data = v
	return s
}

func (s *DetectFaceResponseBody) SetRequestId(v string) *DetectFaceResponseBody {
	s.RequestId = &v
	return s
}

// DetectFaceResponseBodyData is a facebody data type.
type DetectFaceResponseBodyData struct {
	FaceCount           *int32                               `json:"FaceCount,omitempty" xml:"FaceCount,omitempty"`
	FaceProbabilityList []*float32                           `json:"FaceProbabilityList,omitempty" xml:"FaceProbabilityList,omitempty" type:"Repeated"`
	FaceRectangles      []*int32                             `json:"FaceRectangles,omitempty" xml:"FaceRectangles,omitempty" type:"Repeated"`
	LandmarkCount       *int32                               `json:"LandmarkCount,omitempty" xml:"LandmarkCount,omitempty"`
	LandmarkScore       []*float32                           `json:"LandmarkScore,omitempty" xml:"LandmarkScore,omitempty" type:"Repeated"`
	Landmarks           []*float32                           `json:"Landmarks,omitempty" xml:"Landmarks,omitempty" type:"Repeated"`
	PoseList            []*float32                           `json:"PoseList,omitempty" xml:"PoseList,omitempty" type:"Repeated"`
	Pupils              []*float64                           `json:"Pupils,omitempty" xml:"Pupils,omitempty" type:"Repeated"`
	Qualities           *DetectFaceResponseBodyDataQualities `json:"Qualities,omitempty" xml:"Qualities,omitempty" type:"Struct"`
}

func (s DetectFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *DetectFaceResponseBodyData) SetFaceCount(v int32) *DetectFaceResponseBodyData {
	s.FaceCount = &v
	return s
}

func (s *DetectFaceResponseBodyData) SetFaceProbabilityList(v []*float32) *DetectFaceResponseBodyData {
	s.FaceProbabilityList = v
	return s
}

func (s *DetectFaceResponseBodyData) SetFaceRectangles(v []*int32) *DetectFaceResponseBodyData {
	s.FaceRectangles = v
	return s
}

func (s *DetectFaceResponseBodyData) SetLandmarkCount(v int32) *DetectFaceResponseBodyData {
	s.LandmarkCount = &v
	return s
}

func (s *DetectFaceResponseBodyData) SetLandmarkScore(v []*float32) *DetectFaceResponseBodyData {
	s.LandmarkScore = v
	return s
}

func (s *DetectFaceResponseBodyData) SetLandmarks(v []*float32) *DetectFaceResponseBodyData {
	s.Landmarks = v
	return s
}

func (s *DetectFaceResponseBodyData) SetPoseList(v []*float32) *DetectFaceResponseBodyData {
	s.PoseList = v
	return s
}

func (s *DetectFaceResponseBodyData) SetPupils(v []*float64) *DetectFaceResponseBodyData {
	s.Pupils = v
	return s
}

func (s *DetectFaceResponseBodyData) SetQualities(v *DetectFaceResponseBodyDataQualities) *DetectFaceResponseBodyData {
	s.Qualities = v
	return s
}

// DetectFaceResponseBodyDataQualities is a facebody data type.
type DetectFaceResponseBodyDataQualities struct {
	BlurList  []*float32 `json:"BlurList,omitempty" xml:"BlurList,omitempty" type:"Repeated"`
	FnfList   []*float32 `json:"FnfList,omitempty" xml:"FnfList,omitempty" type:"Repeated"`
	GlassList []*float32 `json:"GlassList,omitempty" xml:"GlassList,omitempty" type:"Repeated"`
	IlluList  []*float32 `json:"IlluList,omitempty" xml:"IlluList,omitempty" type:"Repeated"`
	MaskList  []*float32 `json:"MaskList,omitempty" xml:"MaskList,omitempty" type:"Repeated"`
	NoiseList []*float32 `json:"NoiseList,omitempty" xml:"NoiseList,omitempty" type:"Repeated"`
	PoseList  []*float32 `json:"PoseList,omitempty" xml:"PoseList,omitempty" type:"Repeated"`
	ScoreList []*float32 `json:"ScoreList,omitempty" xml:"ScoreList,omitempty" type:"Repeated"`
}

func (s DetectFaceResponseBodyDataQualities) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceResponseBodyDataQualities) GoString() string {
	return s.String()
}

func (s *DetectFaceResponseBodyDataQualities) SetBlurList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.BlurList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetFnfList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.FnfList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetGlassList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.GlassList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetIlluList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.IlluList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetMaskList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.MaskList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetNoiseList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.NoiseList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetPoseList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.PoseList = v
	return s
}

func (s *DetectFaceResponseBodyDataQualities) SetScoreList(v []*float32) *DetectFaceResponseBodyDataQualities {
	s.ScoreList = v
	return s
}

// DetectFaceResponse is a facebody data type.
type DetectFaceResponse struct {
	Headers    map[string]*string      `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                  `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *DetectFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s DetectFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s DetectFaceResponse) GoString() string {
	return s.String()
}

func (s *DetectFaceResponse) SetHeaders(v map[string]*string) *DetectFaceResponse {
	s.Headers = v
	return s
}

func (s *DetectFaceResponse) SetStatusCode(v int32) *DetectFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *DetectFaceResponse) SetBody(v *DetectFaceResponseBody) *DetectFaceResponse {
	s.Body = v
	return s
}

// DetectLivingFaceRequest is a facebody data type.
type DetectLivingFaceRequest struct {
	Tasks []*DetectLivingFaceRequestTasks `json:"Tasks,omitempty" xml:"Tasks,omitempty" type:"Repeated"`
}

func (s DetectLivingFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceRequest) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceRequest) SetTasks(v []*DetectLivingFaceRequestTasks) *DetectLivingFaceRequest {
	s.Tasks = v
	return s
}

// DetectLivingFaceRequestTasks is a facebody data type.
type DetectLivingFaceRequestTasks struct {
	ImageData *string `json:"ImageData,omitempty" xml:"ImageData,omitempty"`
	ImageURL  *string `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
}

func (s DetectLivingFaceRequestTasks) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceRequestTasks) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceRequestTasks) SetImageData(v string) *DetectLivingFaceRequestTasks {
	s.ImageData = &v
	return s
}

func (s *DetectLivingFaceRequestTasks) SetImageURL(v string) *DetectLivingFaceRequestTasks {
	s.ImageURL = &v
	return s
}

// DetectLivingFaceAdvanceRequest is a facebody data type.
type DetectLivingFaceAdvanceRequest struct {
	Tasks []*DetectLivingFaceAdvanceRequestTasks `json:"Tasks,omitempty" xml:"Tasks,omitempty" type:"Repeated"`
}

func (s DetectLivingFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceAdvanceRequest) SetTasks(v []*DetectLivingFaceAdvanceRequestTasks) *DetectLivingFaceAdvanceRequest {
	s.Tasks = v
	return s
}

// DetectLivingFaceAdvanceRequestTasks is a facebody data type.
type DetectLivingFaceAdvanceRequestTasks struct {
	ImageData      *string   `json:"ImageData,omitempty" xml:"ImageData,omitempty"`
	ImageURLObject io.Reader `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
}

func (s DetectLivingFaceAdvanceRequestTasks) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceAdvanceRequestTasks) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceAdvanceRequestTasks) SetImageData(v string) *DetectLivingFaceAdvanceRequestTasks {
	s.ImageData = &v
	return s
}

func (s *DetectLivingFaceAdvanceRequestTasks) SetImageURLObject(v io.Reader) *DetectLivingFaceAdvanceRequestTasks {
	s.ImageURLObject = v
	return s
}

// DetectLivingFaceResponseBody is a facebody data type.
type DetectLivingFaceResponseBody struct {
	Data      *DetectLivingFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                           `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s DetectLivingFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBody) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBody) SetData(v *DetectLivingFaceResponseBodyData) *DetectLivingFaceResponseBody {
	s.Data = v
	return s
}

func (s *DetectLivingFaceResponseBody) SetRequestId(v string) *DetectLivingFaceResponseBody {
	s.RequestId = &v
	return s
}

// DetectLivingFaceResponseBodyData is a facebody data type.
type DetectLivingFaceResponseBodyData struct {
	Elements []*DetectLivingFaceResponseBodyDataElements `json:"Elements,omitempty" xml:"Elements,omitempty" type:"Repeated"`
}

func (s DetectLivingFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBodyData) SetElements(v []*DetectLivingFaceResponseBodyDataElements) *DetectLivingFaceResponseBodyData {
	s.Elements = v
	return s
}

// DetectLivingFaceResponseBodyDataElements is a facebody data type.
type DetectLivingFaceResponseBodyDataElements struct {
	FaceNumber *int64                                             `json:"FaceNumber,omitempty" xml:"FaceNumber,omitempty"`
	ImageURL   *string                                            `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	Results    []*DetectLivingFaceResponseBodyDataElementsResults `json:"Results,omitempty" xml:"Results,omitempty" type:"Repeated"`
	TaskId     *string                                            `json:"TaskId,omitempty" xml:"TaskId,omitempty"`
}

func (s DetectLivingFaceResponseBodyDataElements) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBodyDataElements) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBodyDataElements) SetFaceNumber(v int64) *DetectLivingFaceResponseBodyDataElements {
	s.FaceNumber = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElements) SetImageURL(v string) *DetectLivingFaceResponseBodyDataElements {
	s.ImageURL = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElements) SetResults(v []*DetectLivingFaceResponseBodyDataElementsResults) *DetectLivingFaceResponseBodyDataElements {
	s.Results = v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElements) SetTaskId(v string) *DetectLivingFaceResponseBodyDataElements {
	s.TaskId = &v
	return s
}

// DetectLivingFaceResponseBodyDataElementsResults is a facebody data type.
type DetectLivingFaceResponseBodyDataElementsResults struct {
	Frames      []*DetectLivingFaceResponseBodyDataElementsResultsFrames `json:"Frames,omitempty" xml:"Frames,omitempty" type:"Repeated"`
	Label       *string                                                  `json:"Label,omitempty" xml:"Label,omitempty"`
	MessageTips *string                                                  `json:"MessageTips,omitempty" xml:"MessageTips,omitempty"`
	Rate        *float32                                                 `json:"Rate,omitempty" xml:"Rate,omitempty"`
	Rect        *DetectLivingFaceResponseBodyDataElementsResultsRect     `json:"Rect,omitempty" xml:"Rect,omitempty" type:"Struct"`
	Suggestion  *string                                                  `json:"Suggestion,omitempty" xml:"Suggestion,omitempty"`
}

func (s DetectLivingFaceResponseBodyDataElementsResults) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBodyDataElementsResults) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetFrames(v []*DetectLivingFaceResponseBodyDataElementsResultsFrames) *DetectLivingFaceResponseBodyDataElementsResults {
	s.Frames = v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetLabel(v string) *DetectLivingFaceResponseBodyDataElementsResults {
	s.Label = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetMessageTips(v string) *DetectLivingFaceResponseBodyDataElementsResults {
	s.MessageTips = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetRate(v float32) *DetectLivingFaceResponseBodyDataElementsResults {
	s.Rate = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetRect(v *DetectLivingFaceResponseBodyDataElementsResultsRect) *DetectLivingFaceResponseBodyDataElementsResults {
	s.Rect = v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResults) SetSuggestion(v string) *DetectLivingFaceResponseBodyDataElementsResults {
	s.Suggestion = &v
	return s
}

// DetectLivingFaceResponseBodyDataElementsResultsFrames is a facebody data type.
type DetectLivingFaceResponseBodyDataElementsResultsFrames struct {
	Rate *float32 `json:"Rate,omitempty" xml:"Rate,omitempty"`
	Url  *string  `json:"Url,omitempty" xml:"Url,omitempty"`
}

func (s DetectLivingFaceResponseBodyDataElementsResultsFrames) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBodyDataElementsResultsFrames) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsFrames) SetRate(v float32) *DetectLivingFaceResponseBodyDataElementsResultsFrames {
	s.Rate = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsFrames) SetUrl(v string) *DetectLivingFaceResponseBodyDataElementsResultsFrames {
	s.Url = &v
	return s
}

// DetectLivingFaceResponseBodyDataElementsResultsRect is a facebody data type.
type DetectLivingFaceResponseBodyDataElementsResultsRect struct {
	Height *int64 `json:"Height,omitempty" xml:"Height,omitempty"`
	Left   *int64 `json:"Left,omitempty" xml:"Left,omitempty"`
	Top    *int64 `json:"Top,omitempty" xml:"Top,omitempty"`
	Width  *int64 `json:"Width,omitempty" xml:"Width,omitempty"`
}

func (s DetectLivingFaceResponseBodyDataElementsResultsRect) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponseBodyDataElementsResultsRect) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsRect) SetHeight(v int64) *DetectLivingFaceResponseBodyDataElementsResultsRect {
	s.Height = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsRect) SetLeft(v int64) *DetectLivingFaceResponseBodyDataElementsResultsRect {
	s.Left = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsRect) SetTop(v int64) *DetectLivingFaceResponseBodyDataElementsResultsRect {
	s.Top = &v
	return s
}

func (s *DetectLivingFaceResponseBodyDataElementsResultsRect) SetWidth(v int64) *DetectLivingFaceResponseBodyDataElementsResultsRect {
	s.Width = &v
	return s
}

// DetectLivingFaceResponse is a facebody data type.
type DetectLivingFaceResponse struct {
	Headers    map[string]*string            `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                        `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *DetectLivingFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s DetectLivingFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s DetectLivingFaceResponse) GoString() string {
	return s.String()
}

func (s *DetectLivingFaceResponse) SetHeaders(v map[string]*string) *DetectLivingFaceResponse {
	s.Headers = v
	return s
}

func (s *DetectLivingFaceResponse) SetStatusCode(v int32) *DetectLivingFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *DetectLivingFaceResponse) SetBody(v *DetectLivingFaceResponseBody) *DetectLivingFaceResponse {
	s.Body = v
	return s
}

// RecognizeFaceRequest is a facebody data type.
type RecognizeFaceRequest struct {
	Age           *bool   `json:"Age,omitempty" xml:"Age,omitempty"`
	Beauty        *bool   `json:"Beauty,omitempty" xml:"Beauty,omitempty"`
	Expression    *bool   `json:"Expression,omitempty" xml:"Expression,omitempty"`
	Gender        *bool   `json:"Gender,omitempty" xml:"Gender,omitempty"`
	Glass         *bool   `json:"Glass,omitempty" xml:"Glass,omitempty"`
	Hat           *bool   `json:"Hat,omitempty" xml:"Hat,omitempty"`
	ImageURL      *string `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	Mask          *bool   `json:"Mask,omitempty" xml:"Mask,omitempty"`
	MaxFaceNumber *int64  `json:"MaxFaceNumber,omitempty" xml:"MaxFaceNumber,omitempty"`
	Quality       *bool   `json:"Quality,omitempty" xml:"Quality,omitempty"`
}

func (s RecognizeFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceRequest) GoString() string {
	return s.String()
}

func (s *RecognizeFaceRequest) SetAge(v bool) *RecognizeFaceRequest {
	s.Age = &v
	return s
}

func (s *RecognizeFaceRequest) SetBeauty(v bool) *RecognizeFaceRequest {
	s.Beauty = &v
	return s
}

func (s *RecognizeFaceRequest) SetExpression(v bool) *RecognizeFaceRequest {
	s.Expression = &v
	return s
}

func (s *RecognizeFaceRequest) SetGender(v bool) *RecognizeFaceRequest {
	s.Gender = &v
	return s
}

func (s *RecognizeFaceRequest) SetGlass(v bool) *RecognizeFaceRequest {
	s.Glass = &v
	return s
}

func (s *RecognizeFaceRequest) SetHat(v bool) *RecognizeFaceRequest {
	s.Hat = &v
	return s
}

func (s *RecognizeFaceRequest) SetImageURL(v string) *RecognizeFaceRequest {
	s.ImageURL = &v
	return s
}

func (s *RecognizeFaceRequest) SetMask(v bool) *RecognizeFaceRequest {
	s.Mask = &v
	return s
}

func (s *RecognizeFaceRequest) SetMaxFaceNumber(v int64) *RecognizeFaceRequest {
	s.MaxFaceNumber = &v
	return s
}

func (s *RecognizeFaceRequest) SetQuality(v bool) *RecognizeFaceRequest {
	s.Quality = &v
	return s
}

// RecognizeFaceAdvanceRequest is a facebody data type.
type RecognizeFaceAdvanceRequest struct {
	Age            *bool     `json:"Age,omitempty" xml:"Age,omitempty"`
	Beauty         *bool     `json:"Beauty,omitempty" xml:"Beauty,omitempty"`
	Expression     *bool     `json:"Expression,omitempty" xml:"Expression,omitempty"`
	Gender         *bool     `json:"Gender,omitempty" xml:"Gender,omitempty"`
	Glass          *bool     `json:"Glass,omitempty" xml:"Glass,omitempty"`
	Hat            *bool     `json:"Hat,omitempty" xml:"Hat,omitempty"`
	ImageURLObject io.Reader `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	Mask           *bool     `json:"Mask,omitempty" xml:"Mask,omitempty"`
	MaxFaceNumber  *int64    `json:"MaxFaceNumber,omitempty" xml:"MaxFaceNumber,omitempty"`
	Quality        *bool     `json:"Quality,omitempty" xml:"Quality,omitempty"`
}

func (s RecognizeFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *RecognizeFaceAdvanceRequest) SetAge(v bool) *RecognizeFaceAdvanceRequest {
	s.Age = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetBeauty(v bool) *RecognizeFaceAdvanceRequest {
	s.Beauty = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetExpression(v bool) *RecognizeFaceAdvanceRequest {
	s.Expression = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetGender(v bool) *RecognizeFaceAdvanceRequest {
	s.Gender = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetGlass(v bool) *RecognizeFaceAdvanceRequest {
	s.Glass = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetHat(v bool) *RecognizeFaceAdvanceRequest {
	s.Hat = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetImageURLObject(v io.Reader) *RecognizeFaceAdvanceRequest {
	s.ImageURLObject = v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetMask(v bool) *RecognizeFaceAdvanceRequest {
	s.Mask = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetMaxFaceNumber(v int64) *RecognizeFaceAdvanceRequest {
	s.MaxFaceNumber = &v
	return s
}

func (s *RecognizeFaceAdvanceRequest) SetQuality(v bool) *RecognizeFaceAdvanceRequest {
	s.Quality = &v
	return s
}

// RecognizeFaceResponseBody is a facebody data type.
type RecognizeFaceResponseBody struct {
	Data      *RecognizeFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                        `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s RecognizeFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceResponseBody) GoString() string {
	return s.String()
}

func (s *RecognizeFaceResponseBody) SetData(v *RecognizeFaceResponseBodyData) *RecognizeFaceResponseBody {
	s.Data = v
	return s
}

func (s *RecognizeFaceResponseBody) SetRequestId(v string) *RecognizeFaceResponseBody {
	s.RequestId = &v
	return s
}

// RecognizeFaceResponseBodyData is a facebody data type.
type RecognizeFaceResponseBodyData struct {
	AgeList             []*int32                                `json:"AgeList,omitempty" xml:"AgeList,omitempty" type:"Repeated"`
	BeautyList          []*float32                              `json:"BeautyList,omitempty" xml:"BeautyList,omitempty" type:"Repeated"`
	DenseFeatureLength  *int32                                  `json:"DenseFeatureLength,omitempty" xml:"DenseFeatureLength,omitempty"`
	DenseFeatures       []*string                               `json:"DenseFeatures,omitempty" xml:"DenseFeatures,omitempty" type:"Repeated"`
	Expressions         []*int32                                `json:"Expressions,omitempty" xml:"Expressions,omitempty" type:"Repeated"`
	FaceCount           *int32                                  `json:"FaceCount,omitempty" xml:"FaceCount,omitempty"`
	FaceProbabilityList []*float32                              `json:"FaceProbabilityList,omitempty" xml:"FaceProbabilityList,omitempty" type:"Repeated"`
	FaceRectangles      []*int32                                `json:"FaceRectangles,omitempty" xml:"FaceRectangles,omitempty" type:"Repeated"`
	GenderList          []*int32                                `json:"GenderList,omitempty" xml:"GenderList,omitempty" type:"Repeated"`
	Glasses             []*int32                                `json:"Glasses,omitempty" xml:"Glasses,omitempty" type:"Repeated"`
	HatList             []*int32                                `json:"HatList,omitempty" xml:"HatList,omitempty" type:"Repeated"`
	LandmarkCount       *int32                                  `json:"LandmarkCount,omitempty" xml:"LandmarkCount,omitempty"`
	Landmarks           []*float32                              `json:"Landmarks,omitempty" xml:"Landmarks,omitempty" type:"Repeated"`
	Masks               []*int64                                `json:"Masks,omitempty" xml:"Masks,omitempty" type:"Repeated"`
	PoseList            []*float32                              `json:"PoseList,omitempty" xml:"PoseList,omitempty" type:"Repeated"`
	Pupils              []*float32                              `json:"Pupils,omitempty" xml:"Pupils,omitempty" type:"Repeated"`
	Qualities           *RecognizeFaceResponseBodyDataQualities `json:"Qualities,omitempty" xml:"Qualities,omitempty" type:"Struct"`
}

func (s RecognizeFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *RecognizeFaceResponseBodyData) SetAgeList(v []*int32) *RecognizeFaceResponseBodyData {
	s.AgeList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetBeautyList(v []*float32) *RecognizeFaceResponseBodyData {
	s.BeautyList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetDenseFeatureLength(v int32) *RecognizeFaceResponseBodyData {
	s.DenseFeatureLength = &v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetDenseFeatures(v []*string) *RecognizeFaceResponseBodyData {
	s.DenseFeatures = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetExpressions(v []*int32) *RecognizeFaceResponseBodyData {
	s.Expressions = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetFaceCount(v int32) *RecognizeFaceResponseBodyData {
	s.FaceCount = &v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetFaceProbabilityList(v []*float32) *RecognizeFaceResponseBodyData {
	s.FaceProbabilityList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetFaceRectangles(v []*int32) *RecognizeFaceResponseBodyData {
	s.FaceRectangles = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetGenderList(v []*int32) *RecognizeFaceResponseBodyData {
	s.GenderList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetGlasses(v []*int32) *RecognizeFaceResponseBodyData {
	s.Glasses = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetHatList(v []*int32) *RecognizeFaceResponseBodyData {
	s.HatList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetLandmarkCount(v int32) *RecognizeFaceResponseBodyData {
	s.LandmarkCount = &v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetLandmarks(v []*float32) *RecognizeFaceResponseBodyData {
	s.Landmarks = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetMasks(v []*int64) *RecognizeFaceResponseBodyData {
	s.Masks = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetPoseList(v []*float32) *RecognizeFaceResponseBodyData {
	s.PoseList = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetPupils(v []*float32) *RecognizeFaceResponseBodyData {
	s.Pupils = v
	return s
}

func (s *RecognizeFaceResponseBodyData) SetQualities(v *RecognizeFaceResponseBodyDataQualities) *RecognizeFaceResponseBodyData {
	s.Qualities = v
	return s
}

// RecognizeFaceResponseBodyDataQualities is a facebody data type.
type RecognizeFaceResponseBodyDataQualities struct {
	BlurList  []*float32 `json:"BlurList,omitempty" xml:"BlurList,omitempty" type:"Repeated"`
	FnfList   []*float32 `json:"FnfList,omitempty" xml:"FnfList,omitempty" type:"Repeated"`
	GlassList []*float32 `json:"GlassList,omitempty" xml:"GlassList,omitempty" type:"Repeated"`
	IlluList  []*float32 `json:"IlluList,omitempty" xml:"IlluList,omitempty" type:"Repeated"`
	MaskList  []*float32 `json:"MaskList,omitempty" xml:"MaskList,omitempty" type:"Repeated"`
	NoiseList []*float32 `json:"NoiseList,omitempty" xml:"NoiseList,omitempty" type:"Repeated"`
	PoseList  []*float32 `json:"PoseList,omitempty" xml:"PoseList,omitempty" type:"Repeated"`
	ScoreList []*float32 `json:"ScoreList,omitempty" xml:"ScoreList,omitempty" type:"Repeated"`
}

func (s RecognizeFaceResponseBodyDataQualities) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceResponseBodyDataQualities) GoString() string {
	return s.String()
}

func (s *RecognizeFaceResponseBodyDataQualities) SetBlurList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.BlurList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetFnfList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.FnfList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetGlassList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.GlassList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetIlluList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.IlluList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetMaskList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.MaskList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetNoiseList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.NoiseList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetPoseList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.PoseList = v
	return s
}

func (s *RecognizeFaceResponseBodyDataQualities) SetScoreList(v []*float32) *RecognizeFaceResponseBodyDataQualities {
	s.ScoreList = v
	return s
}

// RecognizeFaceResponse is a facebody data type.
type RecognizeFaceResponse struct {
	Headers    map[string]*string         `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                     `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *RecognizeFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s RecognizeFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s RecognizeFaceResponse) GoString() string {
	return s.String()
}

func (s *RecognizeFaceResponse) SetHeaders(v map[string]*string) *RecognizeFaceResponse {
	s.Headers = v
	return s
}

func (s *RecognizeFaceResponse) SetStatusCode(v int32) *RecognizeFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *RecognizeFaceResponse) SetBody(v *RecognizeFaceResponseBody) *RecognizeFaceResponse {
	s.Body = v
	return s
}

// SearchFaceRequest is a facebody data type.
type SearchFaceRequest struct {
	DbName                *string  `json:"DbName,omitempty" xml:"DbName,omitempty"`
	DbNames               *string  `json:"DbNames,omitempty" xml:"DbNames,omitempty"`
	ImageUrl              *string  `json:"ImageUrl,omitempty" xml:"ImageUrl,omitempty"`
	Limit                 *int32   `json:"Limit,omitempty" xml:"Limit,omitempty"`
	MaxFaceNum            *int64   `json:"MaxFaceNum,omitempty" xml:"MaxFaceNum,omitempty"`
	QualityScoreThreshold *float32 `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s SearchFaceRequest) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceRequest) GoString() string {
	return s.String()
}

func (s *SearchFaceRequest) SetDbName(v string) *SearchFaceRequest {
	s.DbName = &v
	return s
}

func (s *SearchFaceRequest) SetDbNames(v string) *SearchFaceRequest {
	s.DbNames = &v
	return s
}

func (s *SearchFaceRequest) SetImageUrl(v string) *SearchFaceRequest {
	s.ImageUrl = &v
	return s
}

func (s *SearchFaceRequest) SetLimit(v int32) *SearchFaceRequest {
	s.Limit = &v
	return s
}

func (s *SearchFaceRequest) SetMaxFaceNum(v int64) *SearchFaceRequest {
	s.MaxFaceNum = &v
	return s
}

func (s *SearchFaceRequest) SetQualityScoreThreshold(v float32) *SearchFaceRequest {
	s.QualityScoreThreshold = &v
	return s
}

// SearchFaceAdvanceRequest is a facebody data type.
type SearchFaceAdvanceRequest struct {
	DbName                *string   `json:"DbName,omitempty" xml:"DbName,omitempty"`
	DbNames               *string   `json:"DbNames,omitempty" xml:"DbNames,omitempty"`
	ImageUrlObject        io.Reader `json:"ImageUrl,omitempty" xml:"ImageUrl,omitempty"`
	Limit                 *int32    `json:"Limit,omitempty" xml:"Limit,omitempty"`
	MaxFaceNum            *int64    `json:"MaxFaceNum,omitempty" xml:"MaxFaceNum,omitempty"`
	QualityScoreThreshold *float32  `json:"QualityScoreThreshold,omitempty" xml:"QualityScoreThreshold,omitempty"`
}

func (s SearchFaceAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceAdvanceRequest) GoString() string {
	return s.String()
}

func (s *SearchFaceAdvanceRequest) SetDbName(v string) *SearchFaceAdvanceRequest {
	s.DbName = &v
	return s
}

func (s *SearchFaceAdvanceRequest) SetDbNames(v string) *SearchFaceAdvanceRequest {
	s.DbNames = &v
	return s
}

func (s *SearchFaceAdvanceRequest) SetImageUrlObject(v io.Reader) *SearchFaceAdvanceRequest {
	s.ImageUrlObject = v
	return s
}

func (s *SearchFaceAdvanceRequest) SetLimit(v int32) *SearchFaceAdvanceRequest {
	s.Limit = &v
	return s
}

func (s *SearchFaceAdvanceRequest) SetMaxFaceNum(v int64) *SearchFaceAdvanceRequest {
	s.MaxFaceNum = &v
	return s
}

func (s *SearchFaceAdvanceRequest) SetQualityScoreThreshold(v float32) *SearchFaceAdvanceRequest {
	s.QualityScoreThreshold = &v
	return s
}

// SearchFaceResponseBody is a facebody data type.
type SearchFaceResponseBody struct {
	Data      *SearchFaceResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                     `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s SearchFaceResponseBody) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponseBody) GoString() string {
	return s.String()
}

func (s *SearchFaceResponseBody) SetData(v *SearchFaceResponseBodyData) *SearchFaceResponseBody {
	s.Data = v
	return s
}

func (s *SearchFaceResponseBody) SetRequestId(v string) *SearchFaceResponseBody {
	s.RequestId = &v
	return s
}

// SearchFaceResponseBodyData is a facebody data type.
type SearchFaceResponseBodyData struct {
	MatchList []*SearchFaceResponseBodyDataMatchList `json:"MatchList,omitempty" xml:"MatchList,omitempty" type:"Repeated"`
}

func (s SearchFaceResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponseBodyData) GoString() string {
	return s.String()
}

func (s *SearchFaceResponseBodyData) SetMatchList(v []*SearchFaceResponseBodyDataMatchList) *SearchFaceResponseBodyData {
	s.MatchList = v
	return s
}

// SearchFaceResponseBodyDataMatchList is a facebody data type.
type SearchFaceResponseBodyDataMatchList struct {
	FaceItems     []*SearchFaceResponseBodyDataMatchListFaceItems `json:"FaceItems,omitempty" xml:"FaceItems,omitempty" type:"Repeated"`
	Location      *SearchFaceResponseBodyDataMatchListLocation    `json:"Location,omitempty" xml:"Location,omitempty" type:"Struct"`
	QualitieScore *float32                                        `json:"QualitieScore,omitempty" xml:"QualitieScore,omitempty"`
}

func (s SearchFaceResponseBodyDataMatchList) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponseBodyDataMatchList) GoString() string {
	return s.String()
}

func (s *SearchFaceResponseBodyDataMatchList) SetFaceItems(v []*SearchFaceResponseBodyDataMatchListFaceItems) *SearchFaceResponseBodyDataMatchList {
	s.FaceItems = v
	return s
}

func (s *SearchFaceResponseBodyDataMatchList) SetLocation(v *SearchFaceResponseBodyDataMatchListLocation) *SearchFaceResponseBodyDataMatchList {
	s.Location = v
	return s
}

func (s *SearchFaceResponseBodyDataMatchList) SetQualitieScore(v float32) *SearchFaceResponseBodyDataMatchList {
	s.QualitieScore = &v
	return s
}

// SearchFaceResponseBodyDataMatchListFaceItems is a facebody data type.
type SearchFaceResponseBodyDataMatchListFaceItems struct {
	Confidence *float32 `json:"Confidence,omitempty" xml:"Confidence,omitempty"`
	DbName     *string  `json:"DbName,omitempty" xml:"DbName,omitempty"`
	EntityId   *string  `json:"EntityId,omitempty" xml:"EntityId,omitempty"`
	ExtraData  *string  `json:"ExtraData,omitempty" xml:"ExtraData,omitempty"`
	FaceId     *string  `json:"FaceId,omitempty" xml:"FaceId,omitempty"`
	Score      *float32 `json:"Score,omitempty" xml:"Score,omitempty"`
}

func (s SearchFaceResponseBodyDataMatchListFaceItems) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponseBodyDataMatchListFaceItems) GoString() string {
	return s.String()
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetConfidence(v float32) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.Confidence = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetDbName(v string) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.DbName = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetEntityId(v string) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.EntityId = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetExtraData(v string) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.ExtraData = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetFaceId(v string) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.FaceId = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListFaceItems) SetScore(v float32) *SearchFaceResponseBodyDataMatchListFaceItems {
	s.Score = &v
	return s
}

// SearchFaceResponseBodyDataMatchListLocation is a facebody data type.
type SearchFaceResponseBodyDataMatchListLocation struct {
	Height *int32 `json:"Height,omitempty" xml:"Height,omitempty"`
	Width  *int32 `json:"Width,omitempty" xml:"Width,omitempty"`
	X      *int32 `json:"X,omitempty" xml:"X,omitempty"`
	Y      *int32 `json:"Y,omitempty" xml:"Y,omitempty"`
}

func (s SearchFaceResponseBodyDataMatchListLocation) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponseBodyDataMatchListLocation) GoString() string {
	return s.String()
}

func (s *SearchFaceResponseBodyDataMatchListLocation) SetHeight(v int32) *SearchFaceResponseBodyDataMatchListLocation {
	s.Height = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListLocation) SetWidth(v int32) *SearchFaceResponseBodyDataMatchListLocation {
	s.Width = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListLocation) SetX(v int32) *SearchFaceResponseBodyDataMatchListLocation {
	s.X = &v
	return s
}

func (s *SearchFaceResponseBodyDataMatchListLocation) SetY(v int32) *SearchFaceResponseBodyDataMatchListLocation {
	s.Y = &v
	return s
}

// SearchFaceResponse is a facebody data type.
type SearchFaceResponse struct {
	Headers    map[string]*string      `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                  `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *SearchFaceResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s SearchFaceResponse) String() string {
	return tea.Prettify(s)
}

func (s SearchFaceResponse) GoString() string {
	return s.String()
}

func (s *SearchFaceResponse) SetHeaders(v map[string]*string) *SearchFaceResponse {
	s.Headers = v
	return s
}

func (s *SearchFaceResponse) SetStatusCode(v int32) *SearchFaceResponse {
	s.StatusCode = &v
	return s
}

func (s *SearchFaceResponse) SetBody(v *SearchFaceResponseBody) *SearchFaceResponse {
	s.Body = v
	return s
}

// VerifyFaceMaskRequest is a facebody data type.
type VerifyFaceMaskRequest struct {
	ImageData []byte  `json:"ImageData,omitempty" xml:"ImageData,omitempty"`
	ImageURL  *string `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	RefData   []byte  `json:"RefData,omitempty" xml:"RefData,omitempty"`
	RefUrl    *string `json:"RefUrl,omitempty" xml:"RefUrl,omitempty"`
}

func (s VerifyFaceMaskRequest) String() string {
	return tea.Prettify(s)
}

func (s VerifyFaceMaskRequest) GoString() string {
	return s.String()
}

func (s *VerifyFaceMaskRequest) SetImageData(v []byte) *VerifyFaceMaskRequest {
	s.ImageData = v
	return s
}

func (s *VerifyFaceMaskRequest) SetImageURL(v string) *VerifyFaceMaskRequest {
	s.ImageURL = &v
	return s
}

func (s *VerifyFaceMaskRequest) SetRefData(v []byte) *VerifyFaceMaskRequest {
	s.RefData = v
	return s
}

func (s *VerifyFaceMaskRequest) SetRefUrl(v string) *VerifyFaceMaskRequest {
	s.RefUrl = &v
	return s
}

// VerifyFaceMaskAdvanceRequest is a facebody data type.
type VerifyFaceMaskAdvanceRequest struct {
	ImageData      []byte    `json:"ImageData,omitempty" xml:"ImageData,omitempty"`
	ImageURLObject io.Reader `json:"ImageURL,omitempty" xml:"ImageURL,omitempty"`
	RefData        []byte    `json:"RefData,omitempty" xml:"RefData,omitempty"`
	RefUrlObject   io.Reader `json:"RefUrl,omitempty" xml:"RefUrl,omitempty"`
}

func (s VerifyFaceMaskAdvanceRequest) String() string {
	return tea.Prettify(s)
}

func (s VerifyFaceMaskAdvanceRequest) GoString() string {
	return s.String()
}

func (s *VerifyFaceMaskAdvanceRequest) SetImageData(v []byte) *VerifyFaceMaskAdvanceRequest {
	s.ImageData = v
	return s
}

func (s *VerifyFaceMaskAdvanceRequest) SetImageURLObject(v io.Reader) *VerifyFaceMaskAdvanceRequest {
	s.ImageURLObject = v
	return s
}

func (s *VerifyFaceMaskAdvanceRequest) SetRefData(v []byte) *VerifyFaceMaskAdvanceRequest {
	s.RefData = v
	return s
}

func (s *VerifyFaceMaskAdvanceRequest) SetRefUrlObject(v io.Reader) *VerifyFaceMaskAdvanceRequest {
	s.RefUrlObject = v
	return s
}

// VerifyFaceMaskResponseBody is a facebody data type.
type VerifyFaceMaskResponseBody struct {
	Data      *VerifyFaceMaskResponseBodyData `json:"Data,omitempty" xml:"Data,omitempty" type:"Struct"`
	RequestId *string                         `json:"RequestId,omitempty" xml:"RequestId,omitempty"`
}

func (s VerifyFaceMaskResponseBody) String() string {
	return tea.Prettify(s)
}

func (s VerifyFaceMaskResponseBody) GoString() string {
	return s.String()
}

func (s *VerifyFaceMaskResponseBody) SetData(v *VerifyFaceMaskResponseBodyData) *VerifyFaceMaskResponseBody {
	s.Data = v
	return s
}

func (s *VerifyFaceMaskResponseBody) SetRequestId(v string) *VerifyFaceMaskResponseBody {
	s.RequestId = &v
	return s
}

// VerifyFaceMaskResponseBodyData is a facebody data type.
type VerifyFaceMaskResponseBodyData struct {
	Confidence   *float32   `json:"Confidence,omitempty" xml:"Confidence,omitempty"`
	Mask         *int32     `json:"Mask,omitempty" xml:"Mask,omitempty"`
	MaskRef      *int32     `json:"MaskRef,omitempty" xml:"MaskRef,omitempty"`
	Rectangle    []*int32   `json:"Rectangle,omitempty" xml:"Rectangle,omitempty" type:"Repeated"`
	RectangleRef []*int32   `json:"RectangleRef,omitempty" xml:"RectangleRef,omitempty" type:"Repeated"`
	Thresholds   []*float32 `json:"Thresholds,omitempty" xml:"Thresholds,omitempty" type:"Repeated"`
}

func (s VerifyFaceMaskResponseBodyData) String() string {
	return tea.Prettify(s)
}

func (s VerifyFaceMaskResponseBodyData) GoString() string {
	return s.String()
}

func (s *VerifyFaceMaskResponseBodyData) SetConfidence(v float32) *VerifyFaceMaskResponseBodyData {
	s.Confidence = &v
	return s
}

func (s *VerifyFaceMaskResponseBodyData) SetMask(v int32) *VerifyFaceMaskResponseBodyData {
	s.Mask = &v
	return s
}

func (s *VerifyFaceMaskResponseBodyData) SetMaskRef(v int32) *VerifyFaceMaskResponseBodyData {
	s.MaskRef = &v
	return s
}

func (s *VerifyFaceMaskResponseBodyData) SetRectangle(v []*int32) *VerifyFaceMaskResponseBodyData {
	s.Rectangle = v
	return s
}

func (s *VerifyFaceMaskResponseBodyData) SetRectangleRef(v []*int32) *VerifyFaceMaskResponseBodyData {
	s.RectangleRef = v
	return s
}

func (s *VerifyFaceMaskResponseBodyData) SetThresholds(v []*float32) *VerifyFaceMaskResponseBodyData {
	s.Thresholds = v
	return s
}

// VerifyFaceMaskResponse is a facebody data type.
type VerifyFaceMaskResponse struct {
	Headers    map[string]*string          `json:"headers,omitempty" xml:"headers,omitempty"`
	StatusCode *int32                      `json:"statusCode,omitempty" xml:"statusCode,omitempty"`
	Body       *VerifyFaceMaskResponseBody `json:"body,omitempty" xml:"body,omitempty"`
}

func (s VerifyFaceMaskResponse) String() string {
	return tea.Prettify(s)
}

func (s VerifyFaceMaskResponse) GoString() string {
	return s.String()
}

func (s *VerifyFaceMaskResponse) SetHeaders(v map[string]*string) *VerifyFaceMaskResponse {
	s.Headers = v
	return s
}

func (s *VerifyFaceMaskResponse) SetStatusCode(v int32) *VerifyFaceMaskResponse {
	s.StatusCode = &v
	return s
}

func (s *VerifyFaceMaskResponse) SetBody(v *VerifyFaceMaskResponseBody) *VerifyFaceMaskResponse {
	s.Body = v
	return s
}

// Client is the facebody client.
type Client struct {
	openapi.Client
}

// NewClient returns a new client.
func NewClient(config *openapi.Config) (*Client, error) {
	client := new(Client)
	err := client.Init(config)
	return client, err
}

// Init initializes the client.
func (client *Client) Init(config *openapi.Config) (_err error) {
	_err = client.Client.Init(config)
	if _err != nil {
		return _err
	}
	client.EndpointRule = tea.String("regional")
	return nil
}

// AddFaceWithOptions calls the AddFace API.
func (client *Client) AddFaceWithOptions(request *AddFaceRequest, runtime *util.RuntimeOptions) (_result *AddFaceResponse, _err error) {
	_result = &AddFaceResponse{}
	return _result, _err
}

// AddFace calls the AddFace API.
func (client *Client) AddFace(request *AddFaceRequest) (_result *AddFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &AddFaceResponse{}
	_body, _err := client.AddFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// AddFaceAdvance calls the AddFace API.
func (client *Client) AddFaceAdvance(request *AddFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *AddFaceResponse, _err error) {
	_result = &AddFaceResponse{}
	return _result, _err
}

// AddFaceEntityWithOptions calls the AddFaceEntity API.
func (client *Client) AddFaceEntityWithOptions(request *AddFaceEntityRequest, runtime *util.RuntimeOptions) (_result *AddFaceEntityResponse, _err error) {
	_result = &AddFaceEntityResponse{}
	return _result, _err
}

// AddFaceEntity calls the AddFaceEntity API.
func (client *Client) AddFaceEntity(request *AddFaceEntityRequest) (_result *AddFaceEntityResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &AddFaceEntityResponse{}
	_body, _err := client.AddFaceEntityWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// CompareFaceWithOptions calls the CompareFace API.
func (client *Client) CompareFaceWithOptions(request *CompareFaceRequest, runtime *util.RuntimeOptions) (_result *CompareFaceResponse, _err error) {
	_result = &CompareFaceResponse{}
	return _result, _err
}

// CompareFace calls the CompareFace API.
func (client *Client) CompareFace(request *CompareFaceRequest) (_result *CompareFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &CompareFaceResponse{}
	_body, _err := client.CompareFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// CompareFaceAdvance calls the CompareFace API.
func (client *Client) CompareFaceAdvance(request *CompareFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *CompareFaceResponse, _err error) {
	_result = &CompareFaceResponse{}
	return _result, _err
}

// CompareFaceWithMaskWithOptions calls the CompareFaceWithMask API.
func (client *Client) CompareFaceWithMaskWithOptions(request *CompareFaceWithMaskRequest, runtime *util.RuntimeOptions) (_result *CompareFaceWithMaskResponse, _err error) {
	_result = &CompareFaceWithMaskResponse{}
	return _result, _err
}

// CompareFaceWithMask calls the CompareFaceWithMask API.
func (client *Client) CompareFaceWithMask(request *CompareFaceWithMaskRequest) (_result *CompareFaceWithMaskResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &CompareFaceWithMaskResponse{}
	_body, _err := client.CompareFaceWithMaskWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// CompareFaceWithMaskAdvance calls the CompareFaceWithMask API.
func (client *Client) CompareFaceWithMaskAdvance(request *CompareFaceWithMaskAdvanceRequest, runtime *util.RuntimeOptions) (_result *CompareFaceWithMaskResponse, _err error) {
	_result = &CompareFaceWithMaskResponse{}
	return _result, _err
}

// CreateFaceDbWithOptions calls the CreateFaceDb API.
func (client *Client) CreateFaceDbWithOptions(request *CreateFaceDbRequest, runtime *util.RuntimeOptions) (_result *CreateFaceDbResponse, _err error) {
	_result = &CreateFaceDbResponse{}
	return _result, _err
}

// CreateFaceDb calls the CreateFaceDb API.
func (client *Client) CreateFaceDb(request *CreateFaceDbRequest) (_result *CreateFaceDbResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &CreateFaceDbResponse{}
	_body, _err := client.CreateFaceDbWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// DetectFaceWithOptions calls the DetectFace API.
func (client *Client) DetectFaceWithOptions(request *DetectFaceRequest, runtime *util.RuntimeOptions) (_result *DetectFaceResponse, _err error) {
	_result = &DetectFaceResponse{}
	return _result, _err
}

// DetectFace calls the DetectFace API.
func (client *Client) DetectFace(request *DetectFaceRequest) (_result *DetectFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &DetectFaceResponse{}
	_body, _err := client.DetectFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// DetectFaceAdvance calls the DetectFace API.
func (client *Client) DetectFaceAdvance(request *DetectFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *DetectFaceResponse, _err error) {
	_result = &DetectFaceResponse{}
	return _result, _err
}

// DetectLivingFaceWithOptions calls the DetectLivingFace API.
func (client *Client) DetectLivingFaceWithOptions(request *DetectLivingFaceRequest, runtime *util.RuntimeOptions) (_result *DetectLivingFaceResponse, _err error) {
	_result = &DetectLivingFaceResponse{}
	return _result, _err
}

// DetectLivingFace calls the DetectLivingFace API.
func (client *Client) DetectLivingFace(request *DetectLivingFaceRequest) (_result *DetectLivingFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &DetectLivingFaceResponse{}
	_body, _err := client.DetectLivingFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// DetectLivingFaceAdvance calls the DetectLivingFace API.
func (client *Client) DetectLivingFaceAdvance(request *DetectLivingFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *DetectLivingFaceResponse, _err error) {
	_result = &DetectLivingFaceResponse{}
	return _result, _err
}

// RecognizeFaceWithOptions calls the RecognizeFace API.
func (client *Client) RecognizeFaceWithOptions(request *RecognizeFaceRequest, runtime *util.RuntimeOptions) (_result *RecognizeFaceResponse, _err error) {
	_result = &RecognizeFaceResponse{}
	return _result, _err
}

// RecognizeFace calls the RecognizeFace API.
func (client *Client) RecognizeFace(request *RecognizeFaceRequest) (_result *RecognizeFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &RecognizeFaceResponse{}
	_body, _err := client.RecognizeFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// RecognizeFaceAdvance calls the RecognizeFace API.
func (client *Client) RecognizeFaceAdvance(request *RecognizeFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *RecognizeFaceResponse, _err error) {
	_result = &RecognizeFaceResponse{}
	return _result, _err
}

// SearchFaceWithOptions calls the SearchFace API.
func (client *Client) SearchFaceWithOptions(request *SearchFaceRequest, runtime *util.RuntimeOptions) (_result *SearchFaceResponse, _err error) {
	_result = &SearchFaceResponse{}
	return _result, _err
}

// SearchFace calls the SearchFace API.
func (client *Client) SearchFace(request *SearchFaceRequest) (_result *SearchFaceResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &SearchFaceResponse{}
	_body, _err := client.SearchFaceWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// SearchFaceAdvance calls the SearchFace API.
func (client *Client) SearchFaceAdvance(request *SearchFaceAdvanceRequest, runtime *util.RuntimeOptions) (_result *SearchFaceResponse, _err error) {
	_result = &SearchFaceResponse{}
	return _result, _err
}

// VerifyFaceMaskWithOptions calls the VerifyFaceMask API.
func (client *Client) VerifyFaceMaskWithOptions(request *VerifyFaceMaskRequest, runtime *util.RuntimeOptions) (_result *VerifyFaceMaskResponse, _err error) {
	_result = &VerifyFaceMaskResponse{}
	return _result, _err
}

// VerifyFaceMask calls the VerifyFaceMask API.
func (client *Client) VerifyFaceMask(request *VerifyFaceMaskRequest) (_result *VerifyFaceMaskResponse, _err error) {
	runtime := &util.RuntimeOptions{}
	_result = &VerifyFaceMaskResponse{}
	_body, _err := client.VerifyFaceMaskWithOptions(request, runtime)
	if _err != nil {
		return _result, _err
	}
	_result = _body
	return _result, _err
}

// VerifyFaceMaskAdvance calls the VerifyFaceMask API.
func (client *Client) VerifyFaceMaskAdvance(request *VerifyFaceMaskAdvanceRequest, runtime *util.RuntimeOptions) (_result *VerifyFaceMaskResponse, _err error) {
	_result = &VerifyFaceMaskResponse{}
	return _result, _err
}
