package rules

import (
	"fmt"
	"go/token"
	"strconv"
	"strings"
)

// Label is the kind of face data a value carries.
type Label string

// The face-data labels.
const (
	LabelImage    Label = "image"    // pixels or encoded images, base64 included
	LabelTemplate Label = "template" // feature vectors, descriptors, face tokens
)

// SinkKind is the kind of place face data must not reach (unconditionally
// or without consent, encryption or expiry).
type SinkKind string

// The sink kinds.
const (
	SinkLog        SinkKind = "log"
	SinkNetwork    SinkKind = "network"
	SinkThirdParty SinkKind = "thirdparty"
	SinkStorage    SinkKind = "storage"
	SinkResponse   SinkKind = "response"
)

// GuardKind is the kind of consent a guard checks.
type GuardKind string

// The guard kinds.
const (
	GuardConsent    GuardKind = "consent"
	GuardGuardian   GuardKind = "guardian"
	GuardMiddleware GuardKind = "consent-middleware"
)

// VerifierKind says whether a verifier uses the face or something else.
type VerifierKind string

// The verifier kinds.
const (
	VerifierFace        VerifierKind = "face"
	VerifierAlternative VerifierKind = "alternative"
)

// The sanitizer kinds: encrypt marks its output encrypted, decrypt marks it
// plain again.
const (
	SanitizerEncrypt = "encrypt"
	SanitizerDecrypt = "decrypt"
)

var (
	labels        = []Label{LabelImage, LabelTemplate}
	sinkKinds     = []SinkKind{SinkLog, SinkNetwork, SinkThirdParty, SinkStorage, SinkResponse}
	guardKinds    = []GuardKind{GuardConsent, GuardGuardian, GuardMiddleware}
	verifierKinds = []VerifierKind{VerifierFace, VerifierAlternative}
)

// ParseLabel parses a label name.
func ParseLabel(s string) (Label, error) { return oneOf("label", s, labels) }

// ParseSinkKind parses a sink kind.
func ParseSinkKind(s string) (SinkKind, error) { return oneOf("sink kind", s, sinkKinds) }

// ParseGuardKind parses a guard kind.
func ParseGuardKind(s string) (GuardKind, error) { return oneOf("guard kind", s, guardKinds) }

// ParseVerifierKind parses a verifier kind.
func ParseVerifierKind(s string) (VerifierKind, error) {
	return oneOf("verifier kind", s, verifierKinds)
}

func oneOf[T ~string](what, s string, valid []T) (T, error) {
	for _, v := range valid {
		if string(v) == s {
			return v, nil
		}
	}
	names := make([]string, len(valid))
	for i, v := range valid {
		names[i] = strconv.Quote(string(v))
	}
	return "", fmt.Errorf("unknown %s %q (want one of %s)", what, s, strings.Join(names, ", "))
}

// Role names a value at a call: "recv" (the receiver), "argN" (the N-th
// declared parameter, from 0, not counting the receiver), "variadic" (the
// elements of the variadic parameter), "result" (every result),
// "resultN", or, for a sink's payload, "sent" (the values sent on the
// channel the call returns: sarama's producer.Input() <- msg). An empty
// Role means none.
type Role string

// RoleKind is the kind of value a Role names.
type RoleKind int

// The role kinds.
const (
	RoleNone RoleKind = iota
	RoleRecv
	RoleArg
	RoleVariadic
	RoleResult // Index < 0: every result
	RoleSent   // the values sent on the channel the call returns
)

// Parse splits the role into its kind and index. A role may name a field
// of the value ("arg1.Body": the Body field of the struct argument 1
// points to); Path returns that field path.
func (r Role) Parse() (RoleKind, int, error) {
	s, path, _ := strings.Cut(string(r), ".")
	if path != "" || strings.HasSuffix(string(r), ".") {
		for _, f := range strings.Split(path, ".") {
			if !token.IsIdentifier(f) {
				return RoleNone, 0, fmt.Errorf("unknown role %q (a field path is .Field.Field...)", string(r))
			}
		}
	}
	switch {
	case s == "":
		return RoleNone, 0, nil
	case s == "recv":
		return RoleRecv, 0, nil
	case s == "variadic":
		return RoleVariadic, 0, nil
	case s == "sent":
		return RoleSent, 0, nil
	case s == "result":
		return RoleResult, -1, nil
	case strings.HasPrefix(s, "arg"):
		n, err := strconv.Atoi(s[len("arg"):])
		if err == nil && n >= 0 && n < 64 {
			return RoleArg, n, nil
		}
	case strings.HasPrefix(s, "result"):
		n, err := strconv.Atoi(s[len("result"):])
		if err == nil && n >= 0 && n < 64 {
			return RoleResult, n, nil
		}
	}
	return RoleNone, 0, fmt.Errorf("unknown role %q (want recv, argN, variadic, result, resultN or sent)", s)
}

// Path returns the field path of a role ("arg1.Body.Data": [Body Data]),
// or nil.
func (r Role) Path() []string {
	_, path, ok := strings.Cut(string(r), ".")
	if !ok {
		return nil
	}
	return strings.Split(path, ".")
}

// Port names a parameter ("paramN", from 0, receiver not counted) or a
// result ("resultN") of a handler function.
type Port string

// Parse returns whether the port is a result, and its index.
func (p Port) Parse() (result bool, n int, err error) {
	s := string(p)
	for _, prefix := range []string{"param", "result"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			n, err := strconv.Atoi(rest)
			if err == nil && n >= 0 && n < 64 {
				return prefix == "result", n, nil
			}
		}
	}
	return false, 0, fmt.Errorf("unknown port %q (want paramN or resultN)", s)
}

// Encodings are the valid sink and propagator encodings.
var encodings = []Encoding{EncodingAll, EncodingFmt, EncodingJSON, EncodingDB}

// ParseEncoding parses an encoding name.
func ParseEncoding(s string) (Encoding, error) { return oneOf("encoding", s, encodings) }
