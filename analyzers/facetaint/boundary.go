package facetaint

import (
	"go/types"
	"strings"

	"golang.org/x/tools/go/analysis"
)

// The boundary around third-party code.
//
// The user's own code is analysed fully: the main module, the workspace
// modules, and the modules the configuration names ([analysis] own-modules,
// or the -own-modules flag). Packages without module information (GOPATH
// mode, and drivers that give none, such as Bazel's nogo) are the user's
// own code too.
//
// Third-party packages (every other module) are analysed for flow
// summaries only: what goes from a function's inputs to its results and to
// the objects its inputs point to, whether it is a consent check or a
// verifier, and what the modelled APIs it calls produce (a camera frame, a
// template) or say (an extraction). Their internals are never a finding's
// sink, a request input or a name-based source: a library's own logging,
// frame writes or TLS strings are not the user's flows. Their sinks are the
// modelled APIs the user's code calls; a call of an unmodelled library
// function passes its inputs on and stays silent. A path that goes through
// a third-party function shows one step naming the function.

// ownPackage reports whether the package of a pass is the user's own code.
// The main package go test generates for a package's tests (its path ends
// in ".test") is not: it only lists the tests.
func ownPackage(pass *analysis.Pass, ownModules []string) bool {
	if strings.HasSuffix(pass.Pkg.Path(), ".test") {
		return false
	}
	m := pass.Module
	if m == nil || m.Path == "" || m.Version == "" {
		return true
	}
	for _, own := range ownModules {
		if prefix, ok := strings.CutSuffix(own, "/..."); ok {
			if m.Path == prefix || strings.HasPrefix(m.Path, prefix+"/") {
				return true
			}
		} else if m.Path == own {
			return true
		}
	}
	return false
}

// thirdParty reports whether a package was analysed as third-party code
// (its Analyzed fact says so).
func (pa *pkgAnalysis) thirdParty(pkg *types.Package) bool {
	if pkg == pa.pass.Pkg {
		return !pa.own
	}
	var a Analyzed
	return pa.pass.ImportPackageFact(pkg, &a) && a.ThirdParty
}

// nameSources reports whether names make face data in this package: only
// in the user's own code.
func (pa *pkgAnalysis) nameSources() bool { return pa.own && pa.cfg.NameSources }

// records reports whether an event of kind is recorded in this package:
// every kind in the user's code, only extractions and face API uses (which
// say what a function does with its inputs, not where they go) in
// third-party code.
func (pa *pkgAnalysis) records(kind string) bool {
	return pa.own || kind == KindExtract || kind == KindFaceAPI
}
