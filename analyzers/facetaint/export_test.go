package facetaint

import "golang.org/x/tools/go/ssa"

// SetTestPanic installs a hook called before each function is analysed,
// so that tests can make the engine fail, and returns a function that
// removes it.
func SetTestPanic(hook func(fn *ssa.Function)) (reset func()) {
	testPanic = hook
	return func() { testPanic = nil }
}

// FuncValueSteps returns how many values funcValues has walked so far.
func FuncValueSteps() int64 { return funcValueSteps.Load() }
