// Package posn splits the positions facelint prints and reads
// ("file:line:col", "file:line").
package posn

import (
	"strconv"
	"strings"
)

// Split splits "file:line:col" or "file:line" into its parts. Line and
// col are 0 when absent; with no line, file is the whole text. A file
// name may itself hold colons.
func Split(posn string) (file string, line, col int) {
	parts := strings.Split(posn, ":")
	var nums []int
	for len(parts) > 1 && len(nums) < 2 {
		n, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		parts = parts[:len(parts)-1]
	}
	file = strings.Join(parts, ":")
	switch len(nums) {
	case 2:
		return file, nums[0], nums[1]
	case 1:
		return file, nums[0], 0
	}
	return posn, 0, 0
}
