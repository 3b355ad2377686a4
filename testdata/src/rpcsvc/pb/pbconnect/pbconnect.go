// Package pbconnect stands for generated Connect code.
package pbconnect

import (
	"context"

	"rpcsvc/pb"

	"connectrpc.com/connect"
)

// EnrolServiceHandler is an implementation of the Enrol service.
type EnrolServiceHandler interface {
	Enrol(context.Context, *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error)
}

// UnimplementedEnrolServiceHandler returns CodeUnimplemented from all methods.
type UnimplementedEnrolServiceHandler struct{}

// Enrol is not implemented.
func (UnimplementedEnrolServiceHandler) Enrol(context.Context, *connect.Request[pb.EnrolRequest]) (*connect.Response[pb.EnrolReply], error) {
	return nil, nil
}
