package fallback

import (
	cloudauth "github.com/alibabacloud-go/cloudauth-20190307/v3/client"
	"github.com/alibabacloud-go/tea/tea"
)

func alibabaFaceOnly(c *cloudauth.Client, photo, name, idNumber string) error {
	resp, err := c.ContrastFaceVerify(&cloudauth.ContrastFaceVerifyRequest{ // want `\[FR301\] face verification by client.Client.ContrastFaceVerify is the only way through`
		CertName: tea.String(name), CertNo: tea.String(idNumber), FaceContrastPicture: tea.String(photo),
	})
	if err != nil || *resp.Body.ResultObject.Passed != "T" {
		return errDenied
	}
	return nil
}

// The ID number and name check is the other way through.
func alibabaWithIDCheck(c *cloudauth.Client, photo, name, idNumber string) error {
	resp, err := c.ContrastFaceVerify(&cloudauth.ContrastFaceVerifyRequest{
		CertName: tea.String(name), CertNo: tea.String(idNumber), FaceContrastPicture: tea.String(photo),
	})
	if err != nil || *resp.Body.ResultObject.Passed != "T" {
		id, err := c.Id2MetaVerify(&cloudauth.Id2MetaVerifyRequest{IdentifyNum: tea.String(idNumber), UserName: tea.String(name), ParamType: tea.String("normal")})
		if err != nil || *id.Body.ResultObject.BizCode != "1" {
			return errDenied
		}
	}
	return nil
}
