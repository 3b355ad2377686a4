module example.com/faceservice

go 1.22

require (
	github.com/Kagami/go-face v0.0.0-20210630145111-0c14797b4d0e
	github.com/redis/go-redis/v9 v9.23.0
	gocv.io/x/gocv v0.41.0
)

// The example builds against small stubs of these libraries (real import
// paths and signatures, no cgo), so that it type-checks on any machine.
replace (
	github.com/Kagami/go-face => ../../testdata/src/github.com/Kagami/go-face
	github.com/redis/go-redis/v9 => ../../testdata/src/github.com/redis/go-redis/v9
	gocv.io/x/gocv => ../../testdata/src/gocv.io/x/gocv
)
