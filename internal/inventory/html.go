package inventory

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeHTML writes the inventory as one self-contained page: the styles
// inline, the diagram an inline SVG, no script and nothing to fetch. The
// page is also well-formed XML, so that tools can read it.
func writeHTML(w io.Writer, inv *Inventory) error {
	bw := bufio.NewWriter(w)
	d := inv.document()
	fmt.Fprintf(bw, `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="generator" content="facelint %s"/>
<title>%s</title>
<style>%s</style>
</head>
<body>
<h1>%s</h1>
`, esc(inv.Tool.Version), esc(d.title), pageStyle, esc(d.title))
	for _, b := range d.blocks {
		switch b := b.(type) {
		case heading:
			fmt.Fprintf(bw, "<h%d id=\"%s\">%s</h%d>\n", b.level, esc(b.id), esc(b.text), b.level)
		case para:
			fmt.Fprintf(bw, "<p>%s</p>\n", esc(b.text))
		case note:
			fmt.Fprintf(bw, "<p class=\"note\">%s</p>\n", esc(b.text))
		case table:
			bw.WriteString("<div class=\"scroll\"><table>\n<thead><tr>")
			for _, h := range b.head {
				fmt.Fprintf(bw, "<th>%s</th>", esc(h))
			}
			bw.WriteString("</tr></thead>\n<tbody>\n")
			for _, row := range b.rows {
				bw.WriteString("<tr>")
				for _, c := range row {
					if c.code {
						fmt.Fprintf(bw, "<td><code>%s</code></td>", esc(c.text))
					} else {
						fmt.Fprintf(bw, "<td>%s</td>", esc(c.text))
					}
				}
				bw.WriteString("</tr>\n")
			}
			bw.WriteString("</tbody>\n</table></div>\n")
		case paths:
			for _, item := range b.items {
				fmt.Fprintf(bw, "<details><summary>%s</summary><ol>", esc(item.summary))
				for _, s := range item.steps {
					at := ""
					if s.Location != nil {
						at = "<code>" + esc(s.Location.String()) + "</code> "
					}
					fmt.Fprintf(bw, "<li>%s%s</li>", at, esc(s.Description))
				}
				bw.WriteString("</ol></details>\n")
			}
		case diagram:
			fmt.Fprintf(bw, "<div class=\"scroll diagram\">\n%s\n</div>\n", b.g.svg())
		}
	}
	bw.WriteString("</body>\n</html>\n")
	return bw.Flush()
}

var pageStyle = strings.Join([]string{
	"body{font-family:system-ui,-apple-system,'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',sans-serif;margin:2em;color:#222;line-height:1.45}",
	"h1{font-size:1.6em}h2{margin-top:1.8em;border-bottom:1px solid #ddd}",
	"table{border-collapse:collapse;margin:.6em 0;font-size:.9em}",
	"th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}",
	"th{background:#f4f4f4}code{font-size:.95em}",
	".scroll{overflow-x:auto}.note{background:#fff8e1;border-left:4px solid #f0b400;padding:.4em .8em}",
	"details{margin:.2em 0}summary{cursor:pointer}",
}, "\n")
