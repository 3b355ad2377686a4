package verify

import (
	"context"
	"errors"

	"github.com/aws/aws-sdk-go-v2/service/rekognition"
	"github.com/aws/aws-sdk-go-v2/service/rekognition/types"
)

// Gates are the checks of the turnstile, run by its controller.
var Gates = []func(context.Context, *rekognition.Client, []byte, []byte) (bool, error){gate}

// gate opens only for a matching face, with no other way in. It is only
// used as a value: its result is the last word.
func gate(ctx context.Context, c *rekognition.Client, probe, enrolled []byte) (bool, error) {
	out, err := c.CompareFaces(ctx, &rekognition.CompareFacesInput{ // want `\[FR301\] face verification by rekognition.Client.CompareFaces is the only way through: its failing branch returns false`
		SourceImage: &types.Image{Bytes: probe},
		TargetImage: &types.Image{Bytes: enrolled},
	})
	if err != nil {
		return false, err
	}
	if len(out.FaceMatches) == 0 {
		return false, errors.New("closed")
	}
	return true, nil
}
