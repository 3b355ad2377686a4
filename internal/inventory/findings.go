package inventory

import (
	"slices"
	"strconv"
	"strings"

	"github.com/facelint/facelint/rules"
)

// destKinds are the destination kinds each sink rule is about.
var destKinds = map[string][]string{
	"FR101": {"log"},
	"FR102": {"network", "thirdparty"},
	"FR106": {"network", "thirdparty"},
	"FR103": {"storage"},
	"FR104": {"storage"},
	"FR105": {"storage"},
	"FR107": {"response"},
}

// findings lists the driver's findings (the open ones: after suppressions
// and the baseline), ties each to the capture, destination or
// verification it is about, and groups them by the articles their rules
// cite.
func (b *builder) findings(inv *Inventory, set *rules.Set) {
	inv.Findings = []*Finding{}
	for i, f := range b.res.Findings {
		d := f.Diagnostic
		p := f.Fset.Position(d.Pos)
		x := &Finding{
			ID: "F" + strconv.Itoa(i+1), Rule: d.Category, Severity: string(f.Severity),
			Location: b.location(p.Filename, p.Line, p.Column), Message: d.Message, Articles: []string{},
		}
		if r := set.Rule(d.Category); r != nil {
			x.Articles = append(x.Articles, r.Articles...)
		}
		switch {
		case destKinds[x.Rule] != nil:
			for _, r := range d.Related {
				rp := f.Fset.Position(r.Pos)
				loc := b.location(rp.Filename, rp.Line, rp.Column)
				for _, dst := range inv.Destinations {
					if x.Subject == "" && loc != nil && slices.Contains(destKinds[x.Rule], dst.Kind) &&
						dst.Location != nil && dst.Location.File == loc.File && dst.Location.Line == loc.Line &&
						strings.HasSuffix(r.Message, dst.API) {
						x.Subject = dst.ID
						dst.Findings = append(dst.Findings, x.ID)
					}
				}
			}
		case x.Rule == "FR201" || x.Rule == "FR202":
			for _, c := range inv.Captures {
				for _, u := range c.Uses {
					if sameLine(u.CheckedAt, x.Location) && (x.Subject == "" || x.Subject == c.ID) && !slices.Contains(u.Findings, x.ID) {
						x.Subject = c.ID
						u.Findings = append(u.Findings, x.ID)
					}
				}
			}
		case x.Rule == "FR301":
			for _, v := range inv.Verifications {
				if x.Subject == "" && sameLine(v.Location, x.Location) {
					x.Subject = v.ID
					v.Findings = append(v.Findings, x.ID)
				}
			}
		}
		inv.Findings = append(inv.Findings, x)
	}
	inv.Articles = []*Article{}
	for _, a := range set.Articles {
		art := &Article{ID: a.ID, Cite: a.Cite, Law: a.Law, Number: a.Number, Text: a.Text, Gist: a.Gist, Rules: []string{}, Findings: []string{}}
		for _, r := range set.Rules {
			if r.Enabled && slices.Contains(r.Articles, a.ID) {
				art.Rules = append(art.Rules, r.ID)
			}
		}
		for _, f := range inv.Findings {
			if slices.Contains(f.Articles, a.ID) {
				art.Findings = append(art.Findings, f.ID)
			}
		}
		if len(art.Rules) > 0 || len(art.Findings) > 0 {
			inv.Articles = append(inv.Articles, art)
		}
	}
}

func sameLine(a, b *Location) bool {
	return a != nil && b != nil && a.File == b.File && a.Line == b.Line
}

// summarise counts what the inventory holds.
func summarise(inv *Inventory) Summary {
	var s Summary
	for _, c := range inv.Captures {
		if !c.Capture {
			s.OtherSources++
			continue
		}
		s.CapturePoints++
		if c.Consent == "none" || c.Consent == "partly" {
			s.CapturesNoConsent++
		}
	}
	for _, d := range inv.Destinations {
		switch rules.SinkKind(d.Kind) {
		case rules.SinkStorage:
			s.Stores++
			if d.Encryption != "encrypted" {
				s.UnencryptedStores++
			}
			if d.Expiry == "none" {
				s.StoresWithoutExpiry++
			}
		case rules.SinkNetwork, rules.SinkThirdParty:
			s.ThirdParties++
			if d.Transport == "plaintext" {
				s.PlaintextTransports++
			}
		case rules.SinkLog:
			s.Logs++
		case rules.SinkResponse:
			s.Responses++
		}
	}
	for _, v := range inv.Verifications {
		s.Verifications++
		if v.OnFailure != "" && !v.Alternative {
			s.FaceOnly++
		}
	}
	s.OpenFindings = len(inv.Findings)
	return s
}
