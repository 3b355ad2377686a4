package driver

import (
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"go/build"
	"os"
	"path/filepath"
	"slices"
	"sync"

	"github.com/facelint/facelint/analyzers/faceconfig"
)

// The cache key of a package's facts hashes everything they depend on, as
// the go command's action IDs do:
//
//   - facelint's executable (its analyzers and models), its settings (the
//     flags of faceconfig) and the build context (GOOS, GOARCH, build tags,
//     cgo, GOFLAGS, the type sizes, GOROOT);
//   - the package: its import path, name and module (path, version and
//     replacement), the configuration files in force for it (their
//     content), and its files (their names, sizes and modification times);
//   - the keys of its imports, recursively: a module's facts depend on the
//     versions of the modules it imports, which the main module selects.
//
// Packages whose facts are never cached: those that go list reports errors
// for, and everything that imports them. Packages with type errors are not
// analysed, so not cached either.

// keyVersion changes when what a key covers changes.
const keyVersion = "facelint facts key 1"

// keyer computes keys, remembering the hashes of configuration files.
type keyer struct {
	global []byte
	mu     sync.Mutex
	config map[string]string // directory -> hash of the configuration in force
	files  map[string]string // configuration file -> hash of its content
}

// newKeyer returns a keyer for the run: exe is the hash of facelint's
// executable, flags its analysis settings, tags the -tags value.
func newKeyer(exe string, flags *flag.FlagSet, tags string) *keyer {
	h := sha256.New()
	fmt.Fprintf(h, "%s\nexecutable %s\n", keyVersion, exe)
	flags.VisitAll(func(f *flag.Flag) {
		fmt.Fprintf(h, "flag %s=%q\n", f.Name, f.Value.String())
	})
	fmt.Fprintf(h, "tags %q\nGOROOT %q\n", tags, build.Default.GOROOT)
	for _, v := range []string{"GOOS", "GOARCH", "CGO_ENABLED", "GOFLAGS", "GOEXPERIMENT", "GO386", "GOAMD64", "GOARM", "GOARM64", "GOMIPS", "GOMIPS64", "GOPPC64", "GORISCV64", "GOWASM", "GOWORK", "CC", "CGO_CFLAGS", "CGO_CPPFLAGS", "CGO_CXXFLAGS", "CGO_LDFLAGS"} {
		fmt.Fprintf(h, "env %s=%q\n", v, os.Getenv(v))
	}
	return &keyer{global: h.Sum(nil), config: map[string]string{}, files: map[string]string{}}
}

// computeKeys sets the key of every package whose facts may be cached,
// imports first.
//
// A key does not depend on whether go list ran cgo (see listMode): it has
// the Go files (cgo's input) and the other files (C, assembly...), not the
// compiled ones, and the configuration found from the directory of the
// first Go file, which faceconfig looks from. For a package whose files
// all use cgo, the first compiled file is cgo's output, in the build cache,
// and faceconfig looks from there: the configuration found from the build
// cache directory is part of every key.
func (k *keyer) computeKeys(l *loader, explicitConfig string) {
	if cfg, err := k.configHash(goCache(), explicitConfig); err == nil && goCache() != "" {
		k.global = append(k.global, "build cache config "+cfg+"\n"...)
	}
	for _, n := range l.nodes {
		n.keyed = false
		p := n.pkg
		if len(p.Errors) > 0 {
			continue
		}
		h := sha256.New()
		h.Write(k.global)
		fmt.Fprintf(h, "package %q %q %q\nsizes %v\n", p.ID, p.PkgPath, p.Name, p.TypesSizes)
		for m := p.Module; m != nil; m = m.Replace {
			fmt.Fprintf(h, "module %q %q %q %v %q\n", m.Path, m.Version, m.Dir, m.Main, m.GoVersion)
		}
		ok := true
		if len(p.GoFiles) > 0 {
			cfg, err := k.configHash(filepath.Dir(p.GoFiles[0]), explicitConfig)
			if err != nil {
				continue
			}
			fmt.Fprintf(h, "config %s\n", cfg)
		}
		for _, file := range append(slices.Clip(p.GoFiles), p.OtherFiles...) {
			info, err := os.Stat(file)
			if err != nil {
				ok = false
				break
			}
			fmt.Fprintf(h, "file %q %d %d\n", file, info.Size(), info.ModTime().UnixNano())
		}
		for _, imp := range n.imports {
			if !imp.keyed {
				ok = false
				break
			}
			fmt.Fprintf(h, "import %q %x\n", imp.pkg.PkgPath, imp.key[:])
		}
		if !ok {
			continue
		}
		copy(n.key[:], h.Sum(nil))
		n.keyed = true
	}
}

// configHash hashes the configuration files in force for a package in dir,
// as faceconfig finds them: the -config file, or the .facelint.toml files
// from the module root down to dir.
func (k *keyer) configHash(dir, explicit string) (string, error) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if s, ok := k.config[dir]; ok {
		return s, nil
	}
	files := []string{explicit}
	if explicit == "" {
		files = faceconfig.Discover(dir)
	}
	h := sha256.New()
	for _, file := range files {
		sum, err := k.fileHash(file, explicit != "")
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%q %s\n", file, sum)
	}
	s := hex.EncodeToString(h.Sum(nil))
	k.config[dir] = s
	return s, nil
}

func (k *keyer) fileHash(file string, explicit bool) (string, error) {
	if s, ok := k.files[file]; ok {
		return s, nil
	}
	data, err := faceconfig.ReadFile(file, explicit)
	if err != nil {
		return "", err
	}
	h := sha256.New()
	h.Write(data)
	s := hex.EncodeToString(h.Sum(nil))
	k.files[file] = s
	return s, nil
}

// goCache returns the go command's build cache directory: GOCACHE, or its
// default.
func goCache() string {
	if dir := os.Getenv("GOCACHE"); dir != "" && dir != "off" {
		return dir
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	return filepath.Join(dir, "go-build")
}
