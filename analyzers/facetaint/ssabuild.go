package facetaint

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/passes/ctrlflow"
	"golang.org/x/tools/go/ssa"
)

// buildSSA builds the SSA form of the package and returns its top-level
// source functions in source order. It does what passes/buildssa does, but
// only for the packages facetaint analyses: requiring buildssa would build
// SSA for every dependency, the standard library included, which facetaint
// describes by models instead.
func buildSSA(pass *analysis.Pass) (*ssa.Package, []*ssa.Function) {
	cfgs := pass.ResultOf[ctrlflow.Analyzer].(*ctrlflow.CFGs)
	prog := ssa.NewProgram(pass.Fset, 0)
	prog.SetNoReturn(cfgs.NoReturn) // log.Fatal and friends end blocks
	for _, p := range pass.Pkg.Imports() {
		prog.CreatePackage(p, nil, nil, true)
	}
	pkg := prog.CreatePackage(pass.Pkg, pass.Files, pass.TypesInfo, false)
	pkg.Build()
	var funcs []*ssa.Function
	for _, file := range pass.Files {
		for _, decl := range file.Decls {
			if decl, ok := decl.(*ast.FuncDecl); ok {
				if obj, ok := pass.TypesInfo.Defs[decl.Name].(*types.Func); ok {
					if fn := prog.FuncValue(obj); fn != nil {
						funcs = append(funcs, fn)
					}
				}
			}
		}
	}
	// The package initializer: the initial values of package variables
	// (a URL constant kept in a variable) are stores like any other.
	if init := pkg.Func("init"); init != nil && init.Synthetic != "" {
		funcs = append(funcs, init)
	}
	return pkg, funcs
}
