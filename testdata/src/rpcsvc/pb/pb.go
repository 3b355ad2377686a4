// Package pb stands for generated protobuf, gRPC and Connect code.
package pb

import "context"

// EnrolRequest is a request message.
type EnrolRequest struct {
	UserId    string `protobuf:"bytes,1,opt,name=user_id,json=userId,proto3" json:"user_id,omitempty"`
	FaceImage []byte `protobuf:"bytes,2,opt,name=face_image,json=faceImage,proto3" json:"face_image,omitempty"`
}

// EnrolReply is a reply message.
type EnrolReply struct {
	FaceFeature []float32 `protobuf:"fixed32,1,rep,packed,name=face_feature,json=faceFeature,proto3" json:"face_feature,omitempty"`
	Count       int32     `protobuf:"varint,2,opt,name=count,proto3" json:"count,omitempty"`
}

// EnrolServer is the server API for the Enrol service.
type EnrolServer interface {
	Enrol(context.Context, *EnrolRequest) (*EnrolReply, error)
	mustEmbedUnimplementedEnrolServer()
}

// UnimplementedEnrolServer must be embedded to have forward compatible implementations.
type UnimplementedEnrolServer struct{}

// Enrol is not implemented.
func (UnimplementedEnrolServer) Enrol(context.Context, *EnrolRequest) (*EnrolReply, error) {
	return nil, nil
}

func (UnimplementedEnrolServer) mustEmbedUnimplementedEnrolServer() {}
