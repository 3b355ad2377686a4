package consent

import (
	cloudauth "github.com/alibabacloud-go/cloudauth-20190307/v3/client"
	"github.com/alibabacloud-go/tea/tea"
)

// InitFaceVerify starts the vendor's capture of the person's face.
func alibabaInit(c *cloudauth.Client, metaInfo string) (string, error) {
	resp, err := c.InitFaceVerify(&cloudauth.InitFaceVerifyRequest{MetaInfo: tea.String(metaInfo), ProductCode: tea.String("ID_PRO")}) // want `\[FR201\] face image is captured by client.Client.InitFaceVerify`
	if err != nil {
		return "", err
	}
	return *resp.Body.ResultObject.CertifyId, nil
}

func alibabaInitConsented(c *cloudauth.Client, metaInfo, user string) (string, error) {
	if !consented(user) {
		return "", nil
	}
	resp, err := c.InitFaceVerify(&cloudauth.InitFaceVerifyRequest{MetaInfo: tea.String(metaInfo), ProductCode: tea.String("ID_PRO")})
	if err != nil {
		return "", err
	}
	return *resp.Body.ResultObject.CertifyId, nil
}
