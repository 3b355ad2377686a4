// Package tgbotapi is a minimal stub of
// github.com/go-telegram-bot-api/telegram-bot-api/v5 v5.5.1 for facelint's
// tests: only the API facelint models, with the real signatures.
package tgbotapi

// BotAPI allows you to interact with the Telegram Bot API.
type BotAPI struct {
	Token string `json:"token"`
}

// PhotoSize represents one size of a photo or a file / sticker thumbnail.
type PhotoSize struct {
	FileID       string `json:"file_id"`
	FileUniqueID string `json:"file_unique_id"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
	FileSize     int    `json:"file_size,omitempty"`
}

// NewBotAPI creates a new BotAPI instance.
func NewBotAPI(token string) (*BotAPI, error) { return &BotAPI{Token: token}, nil }

// GetFileDirectURL returns direct URL to file
func (bot *BotAPI) GetFileDirectURL(fileID string) (string, error) { return "", nil }
