// Package grpcapp returns face templates in gRPC replies.
package grpcapp

import (
	"context"

	"rpcsvc/pb"

	"github.com/Kagami/go-face"
)

// Server is the Enrol service.
type Server struct {
	pb.UnimplementedEnrolServer
	Rec *face.Recognizer
}

// Enrol returns the face template of the enrolled face.
func (s *Server) Enrol(ctx context.Context, req *pb.EnrolRequest) (*pb.EnrolReply, error) {
	reply := &pb.EnrolReply{Count: 1}
	f, err := s.Rec.RecognizeSingleFile("portrait.jpg")
	if err == nil {
		reply.FaceFeature = f.Descriptor[:]
	}
	return reply, err // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by the response of the service method grpcapp.Server.Enrol`
}
