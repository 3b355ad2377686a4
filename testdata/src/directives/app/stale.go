package app

/* want `\[FR902\] //facelint:file-ignore FR103 suppresses nothing` */ //facelint:file-ignore FR103 nothing is stored in this file

// greeting has no sink: the file-ignore above is stale.
func greeting() string { return "hello" }

/* want `\[FR901\] malformed facelint directive: file-ignore: unknown rule ID "FR999"` */ //facelint:file-ignore FR999 not a rule
