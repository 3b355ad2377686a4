// Package secretbox is a minimal stub of golang.org/x/crypto/nacl/secretbox v0.58.0 for facelint's tests: only the API facelint models, with the real signatures.
package secretbox

// Overhead is the number of bytes of overhead when boxing a message.
const Overhead = 16

// Seal appends an encrypted and authenticated copy of message to out, which
// must not overlap message. The key and nonce pair must be unique for each
// distinct message and the output will be Overhead bytes longer than message.
func Seal(out, message []byte, nonce *[24]byte, key *[32]byte) []byte {
	return append(out, make([]byte, len(message)+Overhead)...)
}

// Open authenticates and decrypts a box produced by Seal and appends the
// message to out, which must not overlap box. The output will be Overhead
// bytes smaller than box.
func Open(out, box []byte, nonce *[24]byte, key *[32]byte) ([]byte, bool) {
	if len(box) < Overhead {
		return nil, false
	}
	return append(out, box[Overhead:]...), true
}
