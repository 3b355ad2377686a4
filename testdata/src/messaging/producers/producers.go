// Package producers publishes face templates to message brokers: without
// consent (FR102), and with consent over plaintext transport (FR106) or
// over TLS (silent).
package producers

import (
	"context"
	"encoding/json"

	"github.com/IBM/sarama"
	"github.com/Kagami/go-face"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	mqtt "github.com/eclipse/paho.mqtt.golang"
	"github.com/nats-io/nats.go"
	amqp "github.com/rabbitmq/amqp091-go"
	"github.com/segmentio/kafka-go"
)

//facelint:consent
func hasConsent(ctx context.Context) bool { return ctx != nil }

func template(rec *face.Recognizer) []byte {
	f, _ := rec.RecognizeSingleFile("portrait.jpg")
	b, _ := json.Marshal(f)
	return b
}

func kafkaWriter(ctx context.Context, w *kafka.Writer, rec *face.Recognizer) {
	w.WriteMessages(ctx, kafka.Message{Value: template(rec)}) // want `\[FR102\] face template from face.Recognizer.RecognizeSingleFile leaves the device through kafka.Writer.WriteMessages`
}

func kafkaConn(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	conn, _ := kafka.DialLeader(ctx, "tcp", "kafka:9092", "faces", 0)
	conn.WriteMessages(kafka.Message{Value: template(rec)}) // want `\[FR106\] face template from face.Recognizer.RecognizeSingleFile is sent by kafka.Conn.WriteMessages over plaintext transport \(Kafka connection without TLS\)`
}

func saramaPlain(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	p, _ := sarama.NewSyncProducer([]string{"kafka:9092"}, sarama.NewConfig())
	p.SendMessage(&sarama.ProducerMessage{Topic: "faces", Value: sarama.ByteEncoder(template(rec))}) // want `\[FR106\] .* over plaintext transport \(sarama configuration without Net.TLS.Enable\)`
}

func saramaTLS(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	cfg := sarama.NewConfig()
	cfg.Net.TLS.Enable = true
	p, _ := sarama.NewSyncProducer([]string{"kafka:9093"}, cfg)
	p.SendMessage(&sarama.ProducerMessage{Topic: "faces", Value: sarama.ByteEncoder(template(rec))})
}

// The asynchronous producer publishes what is sent on its Input channel:
// the message's Value, not its Topic.
func saramaAsync(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	p, _ := sarama.NewAsyncProducer([]string{"kafka:9092"}, sarama.NewConfig())
	p.Input() <- &sarama.ProducerMessage{Topic: "faces", Value: sarama.ByteEncoder(template(rec))} // want `\[FR106\] .* sarama.AsyncProducer.Input over plaintext transport \(sarama configuration without Net.TLS.Enable\)`
	in := p.Input()
	in <- &sarama.ProducerMessage{Topic: "faces", Value: sarama.StringEncoder("enrolled")}
}

func natsPlain(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	opts := nats.GetDefaultOptions()
	opts.Url = "nats://nats:4222"
	nc, _ := opts.Connect()
	nc.Publish("faces", template(rec)) // want `\[FR106\] .* over plaintext transport \(NATS options without Secure\)`
}

func natsSecure(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	opts := nats.GetDefaultOptions()
	opts.Url = "tls://nats:4222"
	opts.Secure = true
	nc, _ := opts.Connect()
	nc.Publish("faces", template(rec))
}

func natsNoConsent(nc *nats.Conn, rec *face.Recognizer) {
	nc.Publish("faces", template(rec)) // want `\[FR102\]`
}

func amqpPlain(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	conn, _ := amqp.Dial("amqp://guest:guest@rabbit:5672/")
	ch, _ := conn.Channel()
	ch.PublishWithContext(ctx, "", "faces", false, false, amqp.Publishing{Body: template(rec)}) // want `\[FR106\] .* over plaintext transport \(amqp://guest:guest@rabbit:5672/\)`
}

func amqpTLS(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	conn, _ := amqp.Dial("amqps://guest:guest@rabbit:5671/")
	ch, _ := conn.Channel()
	ch.PublishWithContext(ctx, "", "faces", false, false, amqp.Publishing{Body: template(rec)})
}

func mqttPlain(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	c := mqtt.NewClient(mqtt.NewClientOptions().AddBroker("tcp://broker:1883"))
	c.Publish("faces", 1, false, template(rec)) // want `\[FR106\] .* over plaintext transport \(tcp://broker:1883\)`
}

func mqttTLS(ctx context.Context, rec *face.Recognizer) {
	if !hasConsent(ctx) {
		return
	}
	opts := mqtt.NewClientOptions()
	opts.AddBroker("ssl://broker:8883")
	c := mqtt.NewClient(opts)
	c.Publish("faces", 1, false, template(rec))
}

func sqsSend(ctx context.Context, c *sqs.Client, rec *face.Recognizer) {
	c.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("https://sqs.example/faces"), MessageBody: aws.String(string(template(rec)))}) // want `\[FR102\] .* sqs.Client.SendMessage`
}
