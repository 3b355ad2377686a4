//go:build !unix

package measure

import "os"

// maxRSS is not known on systems without getrusage.
func maxRSS(*os.ProcessState) int64 { return 0 }
