package facetaint

import (
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/ssa"

	"github.com/facelint/facelint/rules"
)

// callArgs returns the arguments of a call with the receiver first.
func callArgs(c *ssa.CallCommon) []ssa.Value {
	if c.IsInvoke() {
		return append([]ssa.Value{c.Value}, c.Args...)
	}
	if mc, ok := c.Value.(*ssa.MakeClosure); ok && isBound(mc.Fn.(*ssa.Function)) {
		return append([]ssa.Value{mc.Bindings[0]}, c.Args...)
	}
	return c.Args
}

func isBound(fn *ssa.Function) bool { return strings.HasPrefix(fn.Synthetic, "bound method wrapper") }

// signatureOf returns the signature of the called function, with the
// receiver (if any) as Recv.
func signatureOf(c *ssa.CallCommon) *types.Signature {
	if c.IsInvoke() {
		return c.Method.Type().(*types.Signature)
	}
	if fn := c.StaticCallee(); fn != nil && fn.Object() != nil {
		if f, ok := fn.Object().(*types.Func); ok {
			return f.Type().(*types.Signature)
		}
	}
	return c.Signature()
}

// roleValue returns the value of a role at a call (nil if absent): the
// receiver, an argument, or the slice holding the variadic arguments.
func roleValue(c *ssa.CallCommon, args []ssa.Value, kind rules.RoleKind, n int) ssa.Value {
	sig := signatureOf(c)
	off := 0
	if sig.Recv() != nil {
		off = 1
	}
	switch kind {
	case rules.RoleRecv:
		if off == 1 && len(args) > 0 {
			return args[0]
		}
	case rules.RoleArg:
		if off+n < len(args) {
			return args[off+n]
		}
	case rules.RoleVariadic:
		if sig.Variadic() && len(args) > 0 {
			return args[len(args)-1]
		}
	}
	return nil
}

// variadicElems returns the elements of a variadic slice built by the
// compiler (new [n]T, stores, slice), in order; nil if it is not one.
func variadicElems(v ssa.Value) []ssa.Value {
	sl, ok := v.(*ssa.Slice)
	if !ok {
		return nil
	}
	alloc, ok := sl.X.(*ssa.Alloc)
	if !ok {
		return nil
	}
	type elem struct {
		i int64
		v ssa.Value
	}
	var elems []elem
	for _, ref := range *alloc.Referrers() {
		ia, ok := ref.(*ssa.IndexAddr)
		if !ok {
			continue
		}
		idx, ok := ia.Index.(*ssa.Const)
		if !ok || idx.Value == nil {
			continue
		}
		i, _ := constant.Int64Val(idx.Value)
		for _, r := range *ia.Referrers() {
			if st, ok := r.(*ssa.Store); ok && st.Addr == ia {
				elems = append(elems, elem{i, st.Val})
			}
		}
	}
	sort.SliceStable(elems, func(a, b int) bool { return elems[a].i < elems[b].i })
	out := make([]ssa.Value, len(elems))
	for i, e := range elems {
		out[i] = e.v
	}
	return out
}

// strip removes conversions and interface wrapping around a value.
func strip(v ssa.Value) ssa.Value {
	for {
		switch x := v.(type) {
		case *ssa.MakeInterface:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeInterface:
			v = x.X
		default:
			return v
		}
	}
}

// constInt returns the integer value of a constant.
func constInt(v ssa.Value) (int64, bool) {
	c, ok := strip(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(c.Value)
}

func isConstNil(v ssa.Value) bool {
	c, ok := v.(*ssa.Const)
	return ok && c.IsNil()
}

func constBool(v ssa.Value) (value, ok bool) {
	c, ok := v.(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.Bool {
		return false, false
	}
	return constant.BoolVal(c.Value), true
}

// pointedConst returns the constant argument of a call that returns a
// pointer to it (aws.String("x"), tea.Bool(true), common.StringPtr("x")),
// or v.
func pointedConst(v ssa.Value) ssa.Value {
	call, ok := strip(v).(*ssa.Call)
	if !ok || len(call.Call.Args) != 1 {
		return v
	}
	arg, ok := strip(call.Call.Args[0]).(*ssa.Const)
	if !ok {
		return v
	}
	if p, ok := call.Type().Underlying().(*types.Pointer); ok && types.Identical(p.Elem(), arg.Type()) {
		return arg
	}
	return v
}

func constString(v ssa.Value) (string, bool) {
	c, ok := strip(v).(*ssa.Const)
	if !ok || c.Value == nil || c.Value.Kind() != constant.String {
		return "", false
	}
	return constant.StringVal(c.Value), true
}

// plaintextSchemes are the URL schemes of plaintext transports: HTTP,
// WebSocket, MQTT over TCP, AMQP, Redis and FTP without TLS (their TLS
// twins are https, wss, ssl/mqtts, amqps, rediss, ftps). nats:// is not
// among them: a NATS server that requires TLS upgrades the connection.
var plaintextSchemes = []string{"http://", "ws://", "tcp://", "mqtt://", "amqp://", "redis://", "ftp://"}

// insecureURL reports whether s is a plaintext URL to a non-loopback host.
func insecureURL(s string) bool {
	lower := strings.ToLower(s)
	var rest string
	for _, scheme := range plaintextSchemes {
		if r, ok := strings.CutPrefix(lower, scheme); ok {
			rest = r
			break
		}
	}
	if rest == "" {
		return false
	}
	host := rest
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:]
	}
	if strings.HasPrefix(host, "[") {
		if i := strings.IndexByte(host, ']'); i >= 0 {
			host = host[1:i]
		}
	} else if i := strings.LastIndexByte(host, ':'); i >= 0 {
		host = host[:i]
	}
	switch {
	case host == "" && len(rest) > 0 && rest[0] == '/':
		return false
	case host == "localhost", host == "::1", strings.HasPrefix(host, "127."), host == "0.0.0.0":
		return false
	}
	return true
}

// snake converts an identifier or input name to lower snake_case words
// ("FaceImage", "face-image" -> "face_image").
func snake(name string) string {
	var b strings.Builder
	prevLower := false
	for i, r := range name {
		switch {
		case r == '-' || r == ' ' || r == '.' || r == '_':
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") {
				b.WriteByte('_')
			}
			prevLower = false
			continue
		case r >= 'A' && r <= 'Z':
			next := byte(0)
			if i+1 < len(name) {
				next = name[i+1]
			}
			if b.Len() > 0 && !strings.HasSuffix(b.String(), "_") && (prevLower || (next >= 'a' && next <= 'z')) {
				b.WriteByte('_')
			}
			b.WriteRune(r + ('a' - 'A'))
			prevLower = false
		default:
			b.WriteRune(r)
			prevLower = r >= 'a' && r <= 'z' || r >= '0' && r <= '9'
		}
	}
	return strings.Trim(b.String(), "_")
}

// valueName returns a name for a value, for messages and name matching:
// the field, variable, parameter or function it comes from.
func valueName(v ssa.Value) string {
	for depth := 0; depth < 8; depth++ {
		switch x := v.(type) {
		case *ssa.Const:
			s, _ := constString(x) // a request input read by name: r.FormValue("age")
			return s
		case *ssa.Parameter:
			return x.Name()
		case *ssa.FieldAddr:
			return fieldName(x.X.Type(), x.Field)
		case *ssa.Field:
			return fieldName(x.X.Type(), x.Field)
		case *ssa.Alloc:
			return x.Comment
		case *ssa.Global:
			return x.Name()
		case *ssa.Call:
			if fn := x.Call.StaticCallee(); fn != nil {
				return fn.Name()
			}
			if x.Call.IsInvoke() {
				return x.Call.Method.Name()
			}
			return ""
		case *ssa.UnOp:
			v = x.X
		case *ssa.Extract:
			v = x.Tuple
		case *ssa.Convert:
			v = x.X
		case *ssa.ChangeType:
			v = x.X
		default:
			return ""
		}
	}
	return ""
}

func fieldName(t types.Type, i int) string {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if s, ok := t.Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i).Name()
	}
	return ""
}

// fieldVar returns the field selected by a FieldAddr or Field instruction.
func fieldVar(t types.Type, i int) *types.Var {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	if s, ok := t.Underlying().(*types.Struct); ok && i < s.NumFields() {
		return s.Field(i)
	}
	return nil
}

// structOf returns the (pointed-to) struct type of a FieldAddr/Field base.
func structOf(t types.Type) types.Type {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		return p.Elem()
	}
	return t
}

// dominates reports whether instruction a runs before b on every path to b.
func dominates(a, b ssa.Instruction) bool {
	ba, bb := a.Block(), b.Block()
	if ba == nil || bb == nil || ba.Parent() != bb.Parent() {
		return false
	}
	if ba != bb {
		return ba.Dominates(bb)
	}
	for _, instr := range ba.Instrs {
		switch instr {
		case a:
			return true
		case b:
			return false
		}
	}
	return false
}

// edgeBlock returns succ if its only predecessor is from, else nil: the
// blocks succ dominates are then reached only through the edge from->succ.
func edgeBlock(from, succ *ssa.BasicBlock) *ssa.BasicBlock {
	if len(succ.Preds) == 1 && succ.Preds[0] == from {
		return succ
	}
	return nil
}

func posOf(instr ssa.Instruction) token.Pos {
	if c, ok := instr.(ssa.CallInstruction); ok {
		return c.Common().Pos()
	}
	if st, ok := instr.(*ssa.Store); ok && !st.Pos().IsValid() {
		// out.Faces, err = f(): the store of a tuple element has no
		// position of its own; the call or the field has one
		for _, v := range []ssa.Value{st.Val, st.Addr} {
			if ex, ok := v.(*ssa.Extract); ok {
				v = ex.Tuple
			}
			if v.Pos().IsValid() {
				return v.Pos()
			}
		}
	}
	if v, ok := instr.(ssa.Value); ok && v.Pos().IsValid() {
		return v.Pos()
	}
	return instr.Pos()
}
