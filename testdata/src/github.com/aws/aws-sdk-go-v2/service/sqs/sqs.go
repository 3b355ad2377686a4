// Package sqs is a minimal stub of github.com/aws/aws-sdk-go-v2/service/sqs
// v1.53.0 for facelint's tests.
package sqs

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// Options are the client options.
type Options struct{}

// Client provides the API client to make operations call for Amazon Simple Queue Service.
type Client struct{ options Options }

// NewFromConfig returns a new client from the provided config.
func NewFromConfig(cfg aws.Config, optFns ...func(*Options)) *Client { return &Client{} }

// SendMessageInput is the input of SendMessage.
type SendMessageInput struct {
	MessageBody *string
	QueueUrl    *string
}

// SendMessageOutput is the output of SendMessage.
type SendMessageOutput struct {
	MessageId *string
}

// SendMessage delivers a message to the specified queue.
func (c *Client) SendMessage(ctx context.Context, params *SendMessageInput, optFns ...func(*Options)) (*SendMessageOutput, error) {
	return nil, nil
}
