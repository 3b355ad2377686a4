// Package connectapp implements Connect services that receive face images.
package connectapp

import (
	"context"
	"errors"

	"rpcsvc/pb"
	"rpcsvc/pb/pbconnect"

	"connectrpc.com/connect"
	"github.com/Kagami/go-face"
)

// Server is the Enrol service: it embeds the generated Unimplemented type.
type Server struct {
	pbconnect.UnimplementedEnrolServiceHandler
	Rec *face.Recognizer
}

// Enrol reads the face image of the request with no consent check.
func (s *Server) Enrol(ctx context.Context, req *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error) {
	f, err := s.Rec.RecognizeSingle(req.Msg.FaceImage) // want `\[FR201\] face image \(name-based source\) is captured by request field pb.EnrolRequest.FaceImage of the request of the service method connectapp.Server.Enrol`
	if err != nil || f == nil {
		return nil, err
	}
	return connect.NewResponse(&pb.EnrolReply{Count: 1}), nil
}

// Consented is a service whose method checks consent first.
type Consented struct {
	pbconnect.UnimplementedEnrolServiceHandler
	Rec *face.Recognizer
}

//facelint:consent
func hasConsent(ctx context.Context, user string) bool { return user != "" }

// Enrol checks consent before it reads the face image.
func (s *Consented) Enrol(ctx context.Context, req *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error) {
	if !hasConsent(ctx, req.Msg.UserId) {
		return nil, errors.New("consent required")
	}
	f, err := s.Rec.RecognizeSingle(req.Msg.FaceImage)
	if err != nil || f == nil {
		return nil, err
	}
	return connect.NewResponse(&pb.EnrolReply{Count: 1}), nil
}

// Handler serves one procedure with a handler function.
func Handler(rec *face.Recognizer) *connect.Handler {
	return connect.NewUnaryHandler("/enrol.v1.EnrolService/Enrol",
		func(ctx context.Context, req *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error) {
			rec.RecognizeSingle(req.Msg.FaceImage) // want `\[FR201\] face image \(name-based source\) is captured by request field pb.EnrolRequest.FaceImage of the request of connect.NewUnaryHandler handler`
			return connect.NewResponse(&pb.EnrolReply{}), nil
		})
}
