package inventory

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// writeMarkdown writes the inventory as GitHub-flavoured Markdown, the
// diagram as a Mermaid block (GitHub renders it) and each path in a
// <details> element.
func writeMarkdown(w io.Writer, inv *Inventory) error {
	bw := bufio.NewWriter(w)
	d := inv.document()
	fmt.Fprintf(bw, "# %s\n", d.title)
	for _, b := range d.blocks {
		bw.WriteString("\n")
		switch b := b.(type) {
		case heading:
			fmt.Fprintf(bw, "%s %s\n", strings.Repeat("#", b.level), mdText(b.text))
		case para:
			fmt.Fprintf(bw, "%s\n", mdText(b.text))
		case note:
			fmt.Fprintf(bw, "> %s\n", mdText(b.text))
		case table:
			bw.WriteString("|")
			for _, h := range b.head {
				fmt.Fprintf(bw, " %s |", mdCell(txt(h)))
			}
			bw.WriteString("\n|")
			for range b.head {
				bw.WriteString(" --- |")
			}
			bw.WriteString("\n")
			for _, row := range b.rows {
				bw.WriteString("|")
				for _, c := range row {
					fmt.Fprintf(bw, " %s |", mdCell(c))
				}
				bw.WriteString("\n")
			}
		case paths:
			for i, item := range b.items {
				if i > 0 {
					bw.WriteString("\n")
				}
				fmt.Fprintf(bw, "<details><summary>%s</summary>\n\n", htmlText(item.summary))
				for j, s := range item.steps {
					at := ""
					if s.Location != nil {
						at = "`" + s.Location.String() + "` "
					}
					fmt.Fprintf(bw, "%d. %s%s\n", j+1, at, mdText(s.Description))
				}
				bw.WriteString("\n</details>\n")
			}
		case diagram:
			fmt.Fprintf(bw, "```mermaid\n%s```\n", b.g.mermaid())
		}
	}
	return bw.Flush()
}

// mdText escapes the characters that Markdown would read as markup.
var mdEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;", ">", "&gt;", "[", `\[`, "]", `\]`, "|", `\|`, "#", `\#`)

func mdText(s string) string { return mdEscaper.Replace(s) }

// mdCell formats a table cell: code in backticks (a backtick inside is
// not expected in API names and positions, and is dropped), text
// escaped, on one line.
func mdCell(c cell) string {
	s := strings.ReplaceAll(c.text, "\n", " ")
	if c.code {
		return "`" + strings.ReplaceAll(strings.ReplaceAll(s, "`", ""), "|", `\|`) + "`"
	}
	return mdText(s)
}
