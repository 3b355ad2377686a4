// Package mqtt is a minimal stub of github.com/eclipse/paho.mqtt.golang
// v1.5.1 for facelint's tests: only the API facelint models, with the real
// signatures.
package mqtt

import "crypto/tls"

// ClientOptions contains configurable options for an Client.
type ClientOptions struct {
	TLSConfig *tls.Config
}

// Token defines the interface for the tokens used to indicate when actions have completed.
type Token interface {
	Wait() bool
}

// Client is the interface definition for a Client as used by this library.
type Client interface {
	Publish(topic string, qos byte, retained bool, payload interface{}) Token
}

type client struct{ options ClientOptions }

func (c *client) Publish(topic string, qos byte, retained bool, payload interface{}) Token {
	return nil
}

// NewClientOptions will create a new ClientClientOptions type with some default values.
func NewClientOptions() *ClientOptions { return &ClientOptions{} }

// AddBroker adds a broker URI to the list of brokers to be used.
func (o *ClientOptions) AddBroker(server string) *ClientOptions { return o }

// SetTLSConfig will set an SSL/TLS configuration to be used when connecting to an MQTT broker.
func (o *ClientOptions) SetTLSConfig(t *tls.Config) *ClientOptions { return o }

// NewClient will create an MQTT v3.1.1 client with all of the options specified in the provided ClientOptions.
func NewClient(o *ClientOptions) Client { return &client{options: *o} }
