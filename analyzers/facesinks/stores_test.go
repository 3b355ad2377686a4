package facesinks_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/facelint/facelint/analyzers/facesinks"
)

// TestStores covers the models of storage libraries (FR103, and what is
// read back from a store being face data again, shown by FR101): key-value
// stores.
func TestStores(t *testing.T) {
	analysistest.Run(t, testdata, facesinks.Analyzer, "stores/kv", "stores/sqldb", "stores/orm", "stores/entapp/ent", "stores/entapp", "stores/docs")
}
