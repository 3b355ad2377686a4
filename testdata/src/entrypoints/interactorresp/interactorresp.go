// Package interactorresp has use case interactors (swaggest): what an
// interactor stores into its output goes back to the client.
package interactorresp

import (
	"context"
	"io"
	"mime/multipart"

	"github.com/Kagami/go-face"
	"github.com/swaggest/usecase"
)

type upload struct {
	Photo multipart.File `formData:"photo"`
	Note  string         `formData:"note"`
}

type result struct {
	Faces []face.Face `json:"faces"`
	Count int         `json:"count"`
}

// Recognize returns the templates of the faces in an uploaded photo.
func Recognize(rec *face.Recognizer) usecase.IOInteractorOf[upload, result] {
	return usecase.NewInteractor(func(ctx context.Context, in upload, out *result) error {
		data, err := io.ReadAll(in.Photo)
		if err != nil {
			return err
		}
		out.Faces, err = rec.Recognize(data) // want `\[FR107\] face template from request field interactorresp.upload.Photo .* is returned to the client by the response of usecase.NewInteractor handler`
		out.Count = len(out.Faces)
		return err
	})
}

type counted struct {
	Count int `json:"count"`
}

// Count returns only how many faces there are, after consent.
func Count(rec *face.Recognizer, consent func(context.Context) bool) usecase.IOInteractorOf[upload, counted] {
	return usecase.NewInteractor(func(ctx context.Context, in upload, out *counted) error {
		if !hasConsent(ctx, consent) {
			return nil
		}
		data, err := io.ReadAll(in.Photo)
		if err != nil {
			return err
		}
		faces, err := rec.Recognize(data)
		out.Count = len(faces)
		return err
	})
}

//facelint:consent
func hasConsent(ctx context.Context, check func(context.Context) bool) bool { return check(ctx) }
