// Package telegramapp sends photos sent to a Telegram bot to a face API by
// their URL: the photo is captured where the bot gets it.
package telegramapp

import (
	tgbotapi "github.com/go-telegram-bot-api/telegram-bot-api/v5"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	iai "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/iai/v20200303"
)

//facelint:consent
func hasConsent(chatID int64) bool { return chatID != 0 }

func detect(bot *tgbotapi.BotAPI, c *iai.Client, photo tgbotapi.PhotoSize) {
	url, _ := bot.GetFileDirectURL(photo.FileID) // want `\[FR201\] face image is captured by tgbotapi.BotAPI.GetFileDirectURL with no separate-consent check before it`
	req := iai.NewDetectFaceRequest()
	req.Url = common.StringPtr(url)
	c.DetectFace(req)
}

func detectConsented(bot *tgbotapi.BotAPI, c *iai.Client, photo tgbotapi.PhotoSize, chatID int64) {
	if !hasConsent(chatID) {
		return
	}
	url, _ := bot.GetFileDirectURL(photo.FileID)
	req := iai.NewDetectFaceRequest()
	req.Url = common.StringPtr(url)
	c.DetectFace(req)
}

// A photo whose URL goes nowhere near a face API is not captured.
func forward(bot *tgbotapi.BotAPI, photo tgbotapi.PhotoSize) string {
	url, _ := bot.GetFileDirectURL(photo.FileID)
	return url
}
