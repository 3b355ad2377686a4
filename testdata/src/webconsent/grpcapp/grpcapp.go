// Package grpcapp implements gRPC services that receive face images.
package grpcapp

import (
	"context"
	"errors"

	"rpcsvc/pb"

	"github.com/Kagami/go-face"
)

// Server is the Enrol service: it embeds the generated Unimplemented type.
type Server struct {
	pb.UnimplementedEnrolServer
	Rec *face.Recognizer
}

// Enrol reads the face image of the request with no consent check.
func (s *Server) Enrol(ctx context.Context, req *pb.EnrolRequest) (*pb.EnrolReply, error) {
	f, err := s.Rec.RecognizeSingle(req.FaceImage) // want `\[FR201\] face image \(name-based source\) is captured by request field pb.EnrolRequest.FaceImage of the request of the service method grpcapp.Server.Enrol`
	if err != nil || f == nil {
		return nil, err
	}
	return &pb.EnrolReply{Count: 1}, nil
}

// Consented is a service whose method checks consent first.
type Consented struct {
	pb.UnimplementedEnrolServer
	Rec *face.Recognizer
}

//facelint:consent
func hasConsent(ctx context.Context, user string) bool { return user != "" }

// Enrol checks consent before it reads the face image.
func (s *Consented) Enrol(ctx context.Context, req *pb.EnrolRequest) (*pb.EnrolReply, error) {
	if !hasConsent(ctx, req.UserId) {
		return nil, errors.New("consent required")
	}
	f, err := s.Rec.RecognizeSingle(req.FaceImage)
	if err != nil || f == nil {
		return nil, err
	}
	return &pb.EnrolReply{Count: 1}, nil
}
