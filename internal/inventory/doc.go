package inventory

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/facelint/facelint/rules"
)

// The Markdown and the HTML show the same document: headings in Chinese
// and English, short explanations, tables, the paths, the diagram.

type block interface{ isBlock() }

type heading struct {
	level int
	id    string
	text  string
}

type para struct{ text string }

// note is a paragraph set apart: a warning or a legend.
type note struct{ text string }

type table struct {
	head []string
	rows [][]cell
}

// cell is a table cell; code cells hold API names and locations.
type cell struct {
	text string
	code bool
}

// paths are the steps of each flow of a destination.
type paths struct{ items []pathItem }

type pathItem struct {
	summary string
	steps   []Step
}

type diagram struct{ g *graph }

func (heading) isBlock() {}
func (para) isBlock()    {}
func (note) isBlock()    {}
func (table) isBlock()   {}
func (paths) isBlock()   {}
func (diagram) isBlock() {}

type document struct {
	title  string
	blocks []block
}

func txt(s string) cell { return cell{text: cmpOr(s, "–")} }

// code is a cell of code, or "–" when there is none.
func code(s string) cell {
	if s == "" {
		return txt("")
	}
	return cell{text: s, code: true}
}
func loc(l *Location) cell {
	return code(l.String())
}

// ids joins IDs for a cell, or says "–".
func ids(list []string) cell {
	if len(list) == 0 {
		return txt("–")
	}
	return txt(strings.Join(list, ", "))
}

// document lays out the inventory.
func (inv *Inventory) document() *document {
	d := &document{title: "人脸信息清单 Face-data inventory"}
	add := func(b ...block) { d.blocks = append(d.blocks, b...) }
	add(para{fmt.Sprintf("facelint %s · 分析的包 packages analysed: %d · %s", inv.Tool.Version, len(inv.Packages), strings.Join(inv.Patterns, " "))})
	add(para{"本清单由代码分析得出，列出人脸信息在何处采集、如何处理、存储在哪里、保存多久、是否加密、提供给谁、依据何种同意，以及人脸验证是否有替代方式。它是个人信息保护影响评估和处理情况记录（《人脸识别技术应用安全管理办法》第九条）以及备案材料（第十五条）的基础；人数是否达到10万人需按运行数据另行统计。"})
	add(para{"This inventory is computed from the code: where face data is captured, how it is processed, where it is stored, for how long, encrypted or not, who else receives it, under which consent, and whether face verification has a non-face alternative. It is the map that the impact assessment and the processing records (Measures Art. 9) and the filing (Art. 15) start from; whether the data of 100,000 people is held is a fact of the running system, not of the code. See docs/inventory.md."})
	if len(inv.NotAnalysed) > 0 {
		add(note{fmt.Sprintf("不完整 Incomplete: %d 个包未能加载，清单不包含其中的数据流。 %d packages did not load: the inventory misses what they do.", len(inv.NotAnalysed), len(inv.NotAnalysed))})
		t := table{head: []string{"包 Package", "位置 Location", "错误 Error"}}
		for _, e := range inv.NotAnalysed {
			t.rows = append(t.rows, []cell{code(e.Package), loc(e.Location), txt(e.Message)})
		}
		add(t)
	}

	s := inv.Summary
	add(heading{2, "summary", "概览 Summary"})
	add(table{head: []string{"项目 Item", "数量 Count"}, rows: [][]cell{
		{txt("采集点 Capture points"), txt(strconv.Itoa(s.CapturePoints))},
		{txt("其中无单独同意检查 of which without a consent check on some entry"), txt(strconv.Itoa(s.CapturesNoConsent))},
		{txt("其他来源 Other sources"), txt(strconv.Itoa(s.OtherSources))},
		{txt("存储 Stores"), txt(strconv.Itoa(s.Stores))},
		{txt("其中未加密 of which not encrypted (or partly)"), txt(strconv.Itoa(s.UnencryptedStores))},
		{txt("其中无过期时间 of which written with no expiry"), txt(strconv.Itoa(s.StoresWithoutExpiry))},
		{txt("第三方与远程服务 Third parties and remote services"), txt(strconv.Itoa(s.ThirdParties))},
		{txt("其中明文传输 of which over plaintext"), txt(strconv.Itoa(s.PlaintextTransports))},
		{txt("日志 Logs"), txt(strconv.Itoa(s.Logs))},
		{txt("响应 Responses"), txt(strconv.Itoa(s.Responses))},
		{txt("人脸验证 Face verifications"), txt(strconv.Itoa(s.Verifications))},
		{txt("其中人脸为唯一方式 of which face is the only way through"), txt(strconv.Itoa(s.FaceOnly))},
		{txt("未解决问题 Open findings"), txt(strconv.Itoa(s.OpenFindings))},
	}})

	add(heading{2, "diagram", "数据流图 Data-flow diagram"})
	if g := newGraph(inv); len(g.nodes) > 0 {
		add(diagram{g})
	} else {
		add(para{"无 None: 分析的代码中没有发现人脸信息。 No face data found in the analysed code."})
	}
	add(note{"图例 Legend: 实线 solid arrow = 人脸图像 face image, 虚线 dashed = 人脸特征 face template, 点线 dotted line = 同一调用 the same call (a face API call that captures the face it processes or sends); 红色 red = 有未解决问题 open findings (no consent, not encrypted, no expiry, plaintext, a log, a response)."})

	add(heading{2, "captures", "1. 采集点 Capture points"})
	add(para{"人脸信息进入系统之处（摄像头、上传、请求、人脸SDK、云端人脸接口），以及其他来源（从存储读回的数据等）。 Where face data enters: camera, upload, request, face SDK, cloud face API; and the other sources (data read back from a store, declared face data, parameters)."})
	t := table{head: []string{"ID", "方式 Kind", "接口 API", "数据 Data", "位置 Location", "单独同意 Consent", "监护人同意 Guardian consent"}}
	for _, c := range inv.Captures {
		kind := bilingual(c.Kind)
		if !c.Capture {
			kind += " (其他来源 other source)"
		}
		data := bilingual(c.Label)
		if c.NameBased {
			data += " (按名称识别 by name)"
		}
		if c.FaceAPI != "" {
			data += " (送往人脸接口 goes to " + c.FaceAPI + ")"
		}
		if len(c.SameCall) > 0 {
			data += " (同一调用 same call as " + strings.Join(c.SameCall, ", ") + ")"
		}
		t.rows = append(t.rows, []cell{txt(c.ID), txt(kind), code(c.API), txt(data), loc(c.Location), txt(bilingual(c.Consent)), txt(bilingual(c.GuardianConsent))})
	}
	add(t)
	add(heading{3, "entries", "1.1 入口与同意检查 Entry points and consent checks"})
	t = table{head: []string{"采集点 Capture", "入口 Entry point", "处理函数 Handler", "判定位置 Checked at", "单独同意 Consent", "同意检查 Consent check", "未满十四周岁 Under 14", "监护人同意 Guardian consent", "监护人同意检查 Guardian check", "问题 Findings"}}
	for _, c := range inv.Captures {
		for _, u := range c.Uses {
			minor, guardian := txt("–"), "–"
			if u.Minor != "" {
				minor, guardian = code(u.Minor), bilingual(yes(u.GuardianConsent))
			}
			t.rows = append(t.rows, []cell{txt(c.ID), code(u.Entry), code(u.Handler), loc(u.CheckedAt), txt(bilingual(yes(u.Consent))), code(u.ConsentCheck.String()),
				minor, txt(guardian), code(u.GuardianCheck.String()), ids(u.Findings)})
		}
	}
	if len(t.rows) == 0 {
		add(para{"无 None: 分析的代码把同意检查留给调用方。 The analysed code leaves the checks to its callers."})
	} else {
		add(t)
	}

	add(heading{2, "destinations", "2. 人脸信息的去向 Where face data goes"})
	add(heading{3, "processing", "2.1 处理 Processing"})
	t = table{head: []string{"ID", "处理 Kind", "接口 API", "位置 Location", "函数 Function", "来源 From"}}
	for _, p := range inv.Processing {
		fn := p.Function
		if p.InVerifier {
			fn += " (人脸验证 face verifier)"
		}
		t.rows = append(t.rows, []cell{txt(p.ID), txt(bilingual(p.Kind)), code(p.API), loc(p.Location), code(fn), ids(p.Sources)})
	}
	add(tableOrNone(t))

	from := func(d *Destination) cell {
		var list []string
		for _, f := range d.Flows {
			s := f.Source
			if f.Via != "" {
				s += " → " + f.Via
			}
			if !slices.Contains(list, s) {
				list = append(list, s)
			}
		}
		return ids(list)
	}
	data := func(d *Destination) cell {
		var list []string
		for _, l := range d.Labels {
			list = append(list, bilingual(l))
		}
		return txt(strings.Join(list, ", "))
	}
	add(heading{3, "stores", "2.2 存储 Stores"})
	t = table{head: []string{"ID", "类型 Store", "接口 API", "表/键/路径 Target", "位置 Location", "数据 Data", "加密 Encryption", "保存期限 Expiry", "来源 From", "问题 Findings"}}
	for _, d := range inv.Destinations {
		if d.Kind == string(rules.SinkStorage) {
			t.rows = append(t.rows, []cell{txt(d.ID), txt(bilingual(d.Store)), code(d.API), code(d.Target), loc(d.Location), data(d), txt(bilingual(d.Encryption)), txt(bilingual(d.Expiry)), from(d), ids(d.Findings)})
		}
	}
	add(tableOrNone(t))
	add(heading{3, "thirdparties", "2.3 第三方与远程服务 Third parties and remote services"})
	t = table{head: []string{"ID", "服务 Service", "提供方 Vendor", "主机 Host", "接口 API", "位置 Location", "数据 Data", "传输安全 Transport", "单独同意 Consent", "来源 From", "问题 Findings"}}
	for _, d := range inv.Destinations {
		if d.Kind == string(rules.SinkThirdParty) || d.Kind == string(rules.SinkNetwork) {
			transport := bilingual(d.Transport)
			if len(d.Plaintext) > 0 {
				transport += ": " + strings.Join(d.Plaintext, ", ")
			}
			t.rows = append(t.rows, []cell{txt(d.ID), txt(d.Service), txt(d.Vendor), code(d.Host), code(d.API), loc(d.Location), data(d), txt(transport), txt(bilingual(d.Consent)), from(d), ids(d.Findings)})
		}
	}
	add(tableOrNone(t))
	for _, k := range []struct{ kind, id, title string }{
		{string(rules.SinkLog), "logs", "2.4 日志 Logs"},
		{string(rules.SinkResponse), "responses", "2.5 响应 Responses"},
	} {
		add(heading{3, k.id, k.title})
		t = table{head: []string{"ID", "接口 API", "位置 Location", "数据 Data", "来源 From", "问题 Findings"}}
		for _, d := range inv.Destinations {
			if d.Kind == k.kind {
				t.rows = append(t.rows, []cell{txt(d.ID), code(d.API), loc(d.Location), data(d), from(d), ids(d.Findings)})
			}
		}
		add(tableOrNone(t))
	}
	add(heading{3, "paths", "2.6 路径 Paths"})
	var ps paths
	for _, d := range inv.Destinations {
		for _, f := range d.Flows {
			s := d.ID + " ← " + f.Source
			if f.Via != "" {
				s += " (via " + f.Via + ")"
			}
			s += ": " + bilingual(f.Label)
			var flags []string
			if f.Encrypted {
				flags = append(flags, "encrypted")
			}
			if f.Consent {
				flags = append(flags, "consent checked")
			} else {
				flags = append(flags, "no consent check")
			}
			s += ", " + strings.Join(flags, ", ")
			ps.items = append(ps.items, pathItem{summary: s, steps: f.Path})
		}
	}
	if len(ps.items) > 0 {
		add(ps)
	} else {
		add(para{"无 None."})
	}

	add(heading{2, "verification", "3. 人脸验证 Face verification（第十条 Art. 10）"})
	add(para{"存在其他非人脸识别方式时，人脸识别不得作为唯一验证方式。 Where a non-face method can serve, face recognition must not be the only way to verify a person."})
	t = table{head: []string{"ID", "验证 Verifier", "位置 Location", "入口 Entry", "验证失败时 On failure", "非人脸替代方式 Non-face alternative", "问题 Findings"}}
	for _, v := range inv.Verifications {
		entry := v.Entry
		if entry == "" {
			entry = v.Handler
		} else if v.Handler != "" {
			entry += " (" + v.Handler + ")"
		}
		fail := v.OnFailure
		if fail == "" {
			fail = "does not deny access"
		}
		t.rows = append(t.rows, []cell{txt(v.ID), code(v.Verifier), loc(v.Location), code(entry), txt(fail), txt(bilingual(reachable(v.Alternative))), ids(v.Findings)})
	}
	add(tableOrNone(t))

	add(heading{2, "articles", "4. 按条款列出的未解决问题 Open findings by article"})
	add(para{"影响评估应说明的尚待整改事项，按所涉条款分组（一项问题可涉及多个条款）。 What is still to fix, grouped by the article it concerns (a finding can concern several)."})
	byID := map[string]*Finding{}
	for _, f := range inv.Findings {
		byID[f.ID] = f
	}
	for _, a := range inv.Articles {
		add(heading{3, "article-" + a.ID, a.Cite})
		text := a.Gist
		if a.Text != "" {
			text = a.Text + " — " + a.Gist
		}
		add(para{text})
		if len(a.Findings) == 0 {
			add(para{"无未解决问题 No open finding (rules " + strings.Join(a.Rules, ", ") + ")."})
			continue
		}
		add(findingTable(a.Findings, byID))
	}
	var other []string
	for _, f := range inv.Findings {
		if len(f.Articles) == 0 {
			other = append(other, f.ID)
		}
	}
	if len(other) > 0 {
		add(heading{3, "article-none", "其他 Other findings"})
		add(findingTable(other, byID))
	}
	return d
}

func findingTable(list []string, byID map[string]*Finding) table {
	t := table{head: []string{"ID", "规则 Rule", "级别 Severity", "位置 Location", "涉及 About", "问题 Finding"}}
	for _, id := range list {
		f := byID[id]
		msg := strings.TrimSpace(strings.TrimPrefix(f.Message, "["+f.Rule+"]"))
		t.rows = append(t.rows, []cell{txt(f.ID), txt(f.Rule), txt(f.Severity), loc(f.Location), txt(cmpOr(f.Subject, "–")), txt(msg)})
	}
	return t
}

// tableOrNone returns the table, or a paragraph saying there is nothing.
func tableOrNone(t table) block {
	if len(t.rows) == 0 {
		return para{"无 None."}
	}
	return t
}

func yes(b bool) string {
	if b {
		return "checked"
	}
	return "none"
}

func reachable(b bool) string {
	if b {
		return "reachable"
	}
	return "none"
}
