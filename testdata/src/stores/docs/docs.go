// Package docs tests FR103 and reads at rest with document stores:
// MongoDB (v1 and v2 drivers, client-side field encryption) and
// Elasticsearch (go-elasticsearch's esapi and typed API, olivere/elastic).
package docs

import (
	"bytes"
	"context"
	"encoding/json"
	"log"

	"github.com/elastic/go-elasticsearch/v8"
	"github.com/elastic/go-elasticsearch/v8/esapi"
	"github.com/elastic/go-elasticsearch/v8/typedapi/core/index"
	"github.com/olivere/elastic/v7"
	mongo1 "go.mongodb.org/mongo-driver/mongo"
	"go.mongodb.org/mongo-driver/v2/bson"
	"go.mongodb.org/mongo-driver/v2/mongo"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

func frame(cam *gocv.VideoCapture) []byte {
	if !consented() {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

type faceDoc struct {
	UserID string `bson:"user_id" json:"user_id"`
	Image  []byte `bson:"image" json:"image"`
}

// cached is a document whose frame field is not exported: the driver does
// not write it.
type cached struct {
	UserID string `bson:"user_id"`
	frame  []byte
}

// Person is only read here: its face_feature is face data by name.
type Person struct {
	Name        string `bson:"name"`
	FaceFeature []byte `bson:"face_feature"`
}

type Profile struct {
	Name string `bson:"name"`
}

func mongoV2(ctx context.Context, coll *mongo.Collection, cam *gocv.VideoCapture) {
	coll.InsertOne(ctx, &faceDoc{UserID: "u1", Image: frame(cam)}) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by mongo.Collection.InsertOne without encryption`
	coll.InsertOne(ctx, &cached{UserID: "u1", frame: frame(cam)})
	coll.UpdateOne(ctx, bson.M{"user_id": "u1"}, bson.M{"$set": bson.M{"image": frame(cam)}}) // want `\[FR103\] .* mongo.Collection.UpdateOne`
}

func mongoV1(ctx context.Context, coll *mongo1.Collection, cam *gocv.VideoCapture) {
	coll.ReplaceOne(ctx, map[string]string{"user_id": "u1"}, &faceDoc{UserID: "u1", Image: frame(cam)}) // want `\[FR103\] .* mongo.Collection.ReplaceOne`
}

// FindOne(...).Decode(&p) loads the face_feature field: face data again.
func mongoRead(ctx context.Context, coll *mongo.Collection) {
	var p Person
	coll.FindOne(ctx, bson.M{"name": "alice"}).Decode(&p)
	log.Printf("%s %x", p.Name, p.FaceFeature) // want `\[FR101\] face template from field docs.Person.FaceFeature read back by mongo.SingleResult.Decode`
	var q Profile
	coll.FindOne(ctx, bson.M{"name": "alice"}).Decode(&q)
	log.Printf("%s", q.Name)
}

// Explicit client-side field-level encryption: the stored value is
// ciphertext.
func mongoCSFLE(ctx context.Context, coll *mongo.Collection, ce *mongo.ClientEncryption, cam *gocv.VideoCapture) {
	enc, _ := ce.Encrypt(ctx, bson.RawValue{Type: bson.TypeBinary, Value: frame(cam)})
	coll.InsertOne(ctx, bson.M{"user_id": "u1", "image": enc})
}

func esapiIndex(ctx context.Context, es esapi.Transport, cam *gocv.VideoCapture) {
	body, _ := json.Marshal(faceDoc{UserID: "u1", Image: frame(cam)})
	req := esapi.IndexRequest{Index: "faces", DocumentID: "u1", Body: bytes.NewReader(body)}
	req.Do(ctx, es) // want `\[FR103\] .* esapi.IndexRequest.Do`
	meta := esapi.IndexRequest{Index: "users", DocumentID: "u1", Body: bytes.NewReader([]byte(`{"name":"alice"}`))}
	meta.Do(ctx, es)
}

// The functional API calls fields of the client whose types are function
// types (esapi.Index, esapi.Create, esapi.Bulk).
func esFunctional(es *elasticsearch.Client, cam *gocv.VideoCapture) {
	body, _ := json.Marshal(faceDoc{UserID: "u1", Image: frame(cam)})
	es.Index("faces", bytes.NewReader(body))        // want `\[FR103\] .* esapi.Index`
	es.Create("faces", "u1", bytes.NewReader(body)) // want `\[FR103\] .* esapi.Create`
	es.Bulk(bytes.NewReader(body))                  // want `\[FR103\] .* esapi.Bulk`
	es.Index("users", bytes.NewReader([]byte(`{"name":"alice"}`)))
}

func typedIndex(ctx context.Context, req *index.Index, cam *gocv.VideoCapture) {
	req.Id("u1").Document(faceDoc{UserID: "u1", Image: frame(cam)}).Do(ctx) // want `\[FR103\] .* index.Index.Do`
}

func olivere(ctx context.Context, client *elastic.Client, cam *gocv.VideoCapture) {
	client.Index().Index("faces").Id("u1").BodyJson(faceDoc{UserID: "u1", Image: frame(cam)}).Do(ctx) // want `\[FR103\] .* elastic.IndexService.Do`
	client.Index().Index("users").Id("u1").BodyJson(Profile{Name: "alice"}).Do(ctx)
}
