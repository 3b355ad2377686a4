// Package app tests the checking of facelint's directives.
package app

/* want `\[FR901\] malformed facelint directive: file-ignore FR101 has no reason` */ //facelint:file-ignore FR101

import "log"

func noReason(b []byte) {
	log.Print(b) /* want `\[FR901\] malformed facelint directive: ignore FR101 has no reason` */ //facelint:ignore FR101
}

func unused() {
	log.Print("hello") /* want `\[FR902\] //facelint:ignore FR101 suppresses nothing` */ //facelint:ignore FR101 nothing to see
}

// disabled suppresses a rule that is switched off in the rule set of this
// test: it cannot be told stale, so it is not reported.
func disabled() {
	log.Print("hello") //facelint:ignore FR107 responses are not written here
}

/* want `\[FR901\] malformed facelint directive: ignore: unknown rule ID "FR999"` */ //facelint:ignore FR999 not a rule
func unknownRule() {
}

/* want `\[FR901\] malformed facelint directive: unknown verifier argument "retina"` */ //facelint:verifier retina
func badArg() {
}

/* want `\[FR901\] malformed facelint directive: unknown directive "sanitize"` */ //facelint:sanitize encrypt
func badKind() {
}

func misplaced() {
	/* want `\[FR901\] malformed facelint directive: //facelint:consent must be in the doc comment of a declaration` */ //facelint:consent
	_ = 1
}

/* want `\[FR901\] malformed facelint directive: facedata applies to a type or a struct field, not a function` */ //facelint:facedata template
func notAType() {
}

/* want `\[FR901\] malformed facelint directive: //facelint:consent applies to a function, not a type or field` */ //facelint:consent
type notAFunc int
