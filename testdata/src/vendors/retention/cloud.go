// Package retention tests the face vendors' SDKs with faceretention: the
// raw image kept by a flow that has a face API keep a template of it
// (FR104).
package retention

import (
	"bytes"
	"context"
	"encoding/base64"
	"os"

	facebody "github.com/alibabacloud-go/facebody-20191230/v5/client"
	util "github.com/alibabacloud-go/tea-utils/v2/service"
	"github.com/alibabacloud-go/tea/tea"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented(user string) bool { return user != "" }

// Each flow reads its own frame: FR104 follows the image from where it
// was read.

func indexAndKeep(ctx context.Context, c *rekognition.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := m.ToBytes()
	c.IndexFaces(ctx, &rekognition.IndexFacesInput{CollectionId: &user, Image: &types.Image{Bytes: img}})
	os.WriteFile("/var/faces/"+user+".jpg", img, 0o600) // want `\[FR104\] raw face image from gocv.VideoCapture.Read is persisted by os.WriteFile although the same flow extracts a template with rekognition.Client.IndexFaces`
}

// Only the collection keeps the face.
func indexOnly(ctx context.Context, c *rekognition.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	c.IndexFaces(ctx, &rekognition.IndexFacesInput{CollectionId: &user, Image: &types.Image{Bytes: m.ToBytes()}})
}

// Detection keeps nothing.
func detectAndKeep(ctx context.Context, c *rekognition.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := m.ToBytes()
	c.DetectFaces(ctx, &rekognition.DetectFacesInput{Image: &types.Image{Bytes: img}})
	os.WriteFile("/var/faces/"+user+".jpg", img, 0o600)
}

func tencentEnrollAndKeep(c *iai.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := base64.StdEncoding.EncodeToString(m.ToBytes())
	req := iai.NewCreatePersonRequest()
	req.PersonId = common.StringPtr(user)
	req.Image = common.StringPtr(img)
	c.CreatePerson(req)
	os.WriteFile("/var/faces/"+user+".b64", []byte(img), 0o600) // want `\[FR104\] raw face image from gocv.VideoCapture.Read is persisted by os.WriteFile although the same flow extracts a template with v20200303.Client.CreatePerson`
}

func alibabaAddAndKeep(c *facebody.Client, cam *gocv.VideoCapture, user string) {
	if !consented(user) {
		return
	}
	m := gocv.NewMat()
	cam.Read(&m)
	img := m.ToBytes()
	req := &facebody.AddFaceAdvanceRequest{DbName: tea.String("staff"), EntityId: tea.String(user), ImageUrlObject: bytes.NewReader(img)}
	c.AddFaceAdvance(req, &util.RuntimeOptions{})
	os.WriteFile("/var/faces/"+user+".jpg", img, 0o600) // want `\[FR104\] raw face image from gocv.VideoCapture.Read is persisted by os.WriteFile although the same flow extracts a template with client.Client.AddFaceAdvance`
}
