// Package loggers writes face templates to loggers: go-kit, logr (klog's
// structured logger), zap's sugared Logw, and the standard library.
package loggers

import (
	"log"
	"log/slog"
	"os"

	"github.com/Kagami/go-face"
	kitlog "github.com/go-kit/log"
	"github.com/go-kit/log/level"
	"github.com/go-logr/logr"
)

func template(rec *face.Recognizer) face.Descriptor {
	f, _ := rec.RecognizeSingleFile("portrait.jpg")
	return f.Descriptor
}

func goKit(rec *face.Recognizer) {
	logger := kitlog.NewLogfmtLogger(os.Stderr)
	logger = kitlog.With(logger, "face", template(rec))
	level.Info(logger).Log("msg", "enrolled") // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by log.Logger.Log`
	level.Info(kitlog.NewLogfmtLogger(os.Stderr)).Log("faces", 1)
}

func goLogr(l logr.Logger, rec *face.Recognizer) {
	l.Info("enrolled", "face", template(rec))            // want `\[FR101\] face template from face.Recognizer.RecognizeSingleFile is written to a log by logr.Logger.Info`
	l.WithValues("face", template(rec)).Info("enrolled") // want `\[FR101\]`
	l.Info("enrolled", "faces", 1)
}

func std(rec *face.Recognizer) {
	log.Printf("face %v", template(rec))         // want `\[FR101\] .* log.Printf`
	slog.Info("enrolled", "face", template(rec)) // want `\[FR101\] .* slog.Info`
	slog.Info("enrolled", "faces", 1)
}
