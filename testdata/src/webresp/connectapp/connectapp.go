// Package connectapp returns face templates in Connect responses and sends
// them to a Connect service over plaintext HTTP.
package connectapp

import (
	"context"
	"net/http"

	"rpcsvc/pb"
	"rpcsvc/pb/pbconnect"

	"connectrpc.com/connect"
	"github.com/Kagami/go-face"
)

// Server is the Enrol service.
type Server struct {
	pbconnect.UnimplementedEnrolServiceHandler
	Rec *face.Recognizer
}

// Enrol returns the face template of the enrolled face.
func (s *Server) Enrol(ctx context.Context, req *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error) {
	reply := &pb.EnrolReply{Count: 1}
	f, err := s.Rec.RecognizeSingleFile("portrait.jpg")
	if err == nil {
		reply.FaceFeature = f.Descriptor[:]
	}
	return connect.NewResponse(reply), err // want `\[FR107\] face template from face.Recognizer.RecognizeSingleFile is returned to the client by the response of the service method connectapp.Server.Enrol`
}

//facelint:consent
func hasConsent(ctx context.Context) bool { return ctx != nil }

func forward(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	f, _ := rec.RecognizeSingleFile("portrait.jpg")
	c := connect.NewClient[pb.EnrolReply, pb.EnrolReply](http.DefaultClient, "http://faces.internal:8080/enrol.v1.EnrolService/Store")
	c.CallUnary(ctx, connect.NewRequest(&pb.EnrolReply{FaceFeature: f.Descriptor[:]})) // want `\[FR106\] face template from face.Recognizer.RecognizeSingleFile is sent by connect.Client.CallUnary over plaintext transport \(http://faces.internal:8080/enrol.v1.EnrolService/Store\)`
}
