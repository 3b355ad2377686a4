package driver

import (
	"bytes"
	"encoding/gob"
	"go/token"
	"go/types"
	"reflect"
	"sort"
	"sync"
	"sync/atomic"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/types/objectpath"
)

// The facts of a package as the cache keeps them: each fact with the
// object it is about, named by its objectpath relative to the package
// ("" for a fact about the package itself). Objectpaths name the same
// object whether the package was type-checked from source, as when the
// facts were computed, or read from export data, as when they are used.
// Facts about objects that have no objectpath (unexported package-level
// functions and variables) are not kept: no other package can refer to
// those objects.

// cachedFact is one fact in a cache entry.
type cachedFact struct {
	Object string
	Fact   analysis.Fact
}

// An entry is a byte of flags, then the gob encoding of its []cachedFact.
const (
	// entryObjectFacts says that the entry holds facts about objects: the
	// package's export data is read in full, so that the objects exist.
	entryObjectFacts = 1 << iota
	// entryExportedTypes says that the package declares no unexported
	// type: its export data declares every type its scope has, so that
	// an analysed importer sees the same types as in the package
	// type-checked from source (see typesOnly).
	entryExportedTypes
	entryFlags = entryObjectFacts | entryExportedTypes
)

// cachedFacts are the facts of a package read from the cache; they are
// decoded, and their objects found, when first needed.
type cachedFacts struct {
	hasObjects    bool
	exportedTypes bool

	data     []byte
	failed   *atomic.Bool // set when the entry does not decode
	listOnce sync.Once
	list     []cachedFact
	pkgs     map[reflect.Type]analysis.Fact

	objsOnce sync.Once
	objs     map[objectFactKey]analysis.Fact
}

// parseEntry returns the facts of a cache entry, or nil when the entry is
// not one. An entry whose facts do not decode sets failed when they are
// first needed: the entry's checksum makes that a bug, and the run is done
// again without the cache.
func parseEntry(data []byte, failed *atomic.Bool) *cachedFacts {
	if len(data) == 0 || data[0]&^entryFlags != 0 {
		return nil
	}
	return &cachedFacts{hasObjects: data[0]&entryObjectFacts != 0, exportedTypes: data[0]&entryExportedTypes != 0, data: data[1:], failed: failed}
}

// decode decodes the facts.
func (c *cachedFacts) decode() {
	c.listOnce.Do(func() {
		c.pkgs = map[reflect.Type]analysis.Fact{}
		if err := gob.NewDecoder(bytes.NewReader(c.data)).Decode(&c.list); err != nil {
			c.failed.Store(true)
			c.list = nil
		}
		c.data = nil
		for _, f := range c.list {
			if f.Fact == nil {
				c.failed.Store(true)
				continue
			}
			if f.Object == "" {
				c.pkgs[reflect.TypeOf(f.Fact)] = f.Fact
			}
		}
	})
}

// resolve finds the objects of the facts in pkg, whose types are
// complete by then (the package's export data is read in full when its
// entry has object facts).
func (c *cachedFacts) resolve(pkg *types.Package) {
	c.decode()
	c.objsOnce.Do(func() {
		c.objs = map[objectFactKey]analysis.Fact{}
		for _, f := range c.list {
			if f.Object == "" || f.Fact == nil {
				continue
			}
			obj, err := objectpath.Object(pkg, objectpath.Path(f.Object))
			if err != nil {
				continue // not in the export data: no package can refer to it
			}
			c.objs[objectFactKey{obj, reflect.TypeOf(f.Fact)}] = f.Fact
		}
	})
}

func (c *cachedFacts) object(pkg *types.Package, obj types.Object, t reflect.Type) analysis.Fact {
	c.resolve(pkg)
	return c.objs[objectFactKey{obj, t}]
}

func (c *cachedFacts) objects(pkg *types.Package) map[objectFactKey]analysis.Fact {
	c.resolve(pkg)
	return c.objs
}

func (c *cachedFacts) pkg(t reflect.Type) analysis.Fact {
	c.decode()
	return c.pkgs[t]
}

func (c *cachedFacts) packageFacts() map[reflect.Type]analysis.Fact {
	c.decode()
	return c.pkgs
}

// registerFactTypes registers the fact types of analyzers with gob, as
// unitchecker does, so that entries can hold them behind the Fact
// interface.
func registerFactTypes(as []*analysis.Analyzer) {
	for _, a := range as {
		for _, f := range a.FactTypes {
			gob.Register(f)
		}
	}
}

// encodeFacts returns the cache entry of the facts of an analysed package.
func encodeFacts(r *pkgRun) ([]byte, error) {
	var list []cachedFact
	enc := new(objectpath.Encoder)
	for k, f := range r.objFacts {
		path, err := enc.For(k.obj)
		if err != nil {
			continue
		}
		list = append(list, cachedFact{Object: string(path), Fact: f})
	}
	hasObjects := len(list) > 0
	for _, f := range r.pkgFacts {
		list = append(list, cachedFact{Fact: f})
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].Object != list[j].Object {
			return list[i].Object < list[j].Object
		}
		return reflect.TypeOf(list[i].Fact).String() < reflect.TypeOf(list[j].Fact).String()
	})
	var flags byte
	if hasObjects {
		flags |= entryObjectFacts
	}
	if exportedTypes(r.n.types) {
		flags |= entryExportedTypes
	}
	var buf bytes.Buffer
	buf.WriteByte(flags)
	if err := gob.NewEncoder(&buf).Encode(list); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// exportedTypes reports whether a package type-checked from source
// declares exported types only.
func exportedTypes(pkg *types.Package) bool {
	for _, name := range pkg.Scope().Names() {
		if _, ok := pkg.Scope().Lookup(name).(*types.TypeName); ok && !token.IsExported(name) {
			return false
		}
	}
	return true
}
