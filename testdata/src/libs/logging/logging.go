// Package logging tests FR101 with third-party loggers: zap (fields and the
// sugared logger), logrus, zerolog, klog and glog.
package logging

import (
	"github.com/golang/glog"
	"github.com/rs/zerolog"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
	"gocv.io/x/gocv"
	"k8s.io/klog/v2"
)

func frame(cam *gocv.VideoCapture) []byte {
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

func zapFields(l *zap.Logger, cam *gocv.VideoCapture) {
	l.Info("captured", zap.Binary("frame", frame(cam))) // want `\[FR101\] face image from gocv.VideoCapture.Read is written to a log by zap.Logger.Info`
	l.Info("captured", zap.Int("size", len(frame(cam))))
}

func zapWith(l *zap.Logger, cam *gocv.VideoCapture) {
	withFrame := l.With(zap.ByteString("frame", frame(cam)))
	withFrame.Warn("late frame") // want `\[FR101\]`
}

func zapSugar(l *zap.Logger, cam *gocv.VideoCapture) {
	l.Sugar().Infow("captured", "frame", frame(cam)) // want `\[FR101\]`
}

func logrusFields(cam *gocv.VideoCapture) {
	logrus.WithField("frame", frame(cam)).Info("captured") // want `\[FR101\]`
	logrus.Infof("captured %d bytes", len(frame(cam)))
}

func zerologEvent(l zerolog.Logger, cam *gocv.VideoCapture) {
	l.Info().Bytes("frame", frame(cam)).Msg("captured") // want `\[FR101\]`
	zlog.Info().Int("size", len(frame(cam))).Msg("captured")
}

func klogAndGlog(cam *gocv.VideoCapture) {
	klog.InfoS("captured", "frame", frame(cam)) // want `\[FR101\]`
	glog.Infof("frame %x", frame(cam))          // want `\[FR101\]`
}
