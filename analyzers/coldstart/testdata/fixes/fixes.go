// Package fixes holds the cases the suggested fix moves to package level.
package fixes

import (
	"net/http"
	"regexp"
	"strings"
)

// Order validates an order id with a local pattern variable.
func Order(w http.ResponseWriter, r *http.Request) { // want Order:`constant regexp\.MustCompile`
	orderID := regexp.MustCompile(`^ord_[0-9a-z]{12}$`) // want `regexp.MustCompile of a constant runs on every invocation \(Order\)`
	if !orderID.MatchString(r.FormValue("id")) {
		http.Error(w, `{"error":"invalid id"}`, http.StatusBadRequest)
	}
}

// Coupon compiles with an error check that cannot fail.
func Coupon(w http.ResponseWriter, r *http.Request) { // want Coupon:`constant regexp\.Compile`
	couponRE, err := regexp.Compile(`^[A-Z0-9]{8}$`) // want `regexp.Compile of a constant runs on every invocation \(Coupon\)`
	if err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	if !couponRE.MatchString(r.FormValue("code")) {
		http.Error(w, `{"error":"invalid coupon"}`, http.StatusBadRequest)
	}
}

// SKU compiles inside an expression: the call becomes a new variable.
func SKU(w http.ResponseWriter, r *http.Request) { // want SKU:`constant regexp\.MustCompile`
	if !regexp.MustCompile(`^[A-Z]{3}-[0-9]{4}$`).MatchString(r.FormValue("sku")) { // want `regexp.MustCompile of a constant runs on every invocation \(SKU\)`
		http.Error(w, `{"error":"invalid sku"}`, http.StatusBadRequest)
		return
	}
	if regexp.MustCompile(`-0000$`).MatchString(r.FormValue("sku")) { // want `regexp.MustCompile of a constant runs on every invocation \(SKU\)`
		http.Error(w, `{"error":"reserved sku"}`, http.StatusBadRequest)
	}
}

// CSV escapes with a replacer written over several lines.
func CSV(w http.ResponseWriter, r *http.Request) { // want CSV:`constant strings\.NewReplacer`
	esc := strings.NewReplacer( // want `strings.NewReplacer of constants runs on every invocation \(CSV\)`
		`"`, `""`,
		"\n", " ",
	)
	_, _ = w.Write([]byte(esc.Replace(r.FormValue("field"))))
}

var orderIDs = map[string]bool{}

// Shadowed declares a pattern whose name is taken at package level: only
// the call moves.
func Shadowed(w http.ResponseWriter, r *http.Request) { // want Shadowed:`constant regexp\.MustCompile`
	orderIDs := regexp.MustCompile(`^ord_`) // want `regexp.MustCompile of a constant runs on every invocation \(Shadowed\)`
	_, _ = w.Write([]byte(orderIDs.String()))
}
