// Package main is a profile service whose update handler copies, cleans
// and answers every field inline: many statements, few branches.
package main

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type profile struct {
	ID, Name, Email, Phone       string
	Street, City, Zip, Country   string
	Locale, Timezone, Currency   string
	Company, Title, Website, Bio string
	Newsletter, Public           bool
	Age                          int
	UpdatedAt                    time.Time
}

func updateProfile(w http.ResponseWriter, r *http.Request) { // want `handler updateProfile has 56 statements \(max 50\); move steps into helpers`
	if err := r.ParseForm(); err != nil {
		http.Error(w, "invalid form", http.StatusBadRequest)
		return
	}
	var p profile
	p.ID = r.PathValue("id")
	p.Name = strings.TrimSpace(r.FormValue("name"))
	p.Email = strings.ToLower(strings.TrimSpace(r.FormValue("email")))
	p.Phone = strings.ReplaceAll(r.FormValue("phone"), " ", "")
	p.Street = strings.TrimSpace(r.FormValue("street"))
	p.City = strings.TrimSpace(r.FormValue("city"))
	p.Zip = strings.ToUpper(strings.TrimSpace(r.FormValue("zip")))
	p.Country = strings.ToUpper(r.FormValue("country"))
	p.Locale = r.FormValue("locale")
	p.Timezone = r.FormValue("timezone")
	p.Currency = strings.ToUpper(r.FormValue("currency"))
	p.Company = strings.TrimSpace(r.FormValue("company"))
	p.Title = strings.TrimSpace(r.FormValue("title"))
	p.Website = strings.TrimSpace(r.FormValue("website"))
	p.Bio = strings.TrimSpace(r.FormValue("bio"))
	p.Newsletter = r.FormValue("newsletter") == "on"
	p.Public = r.FormValue("public") == "on"
	age, err := strconv.Atoi(r.FormValue("age"))
	if err != nil {
		http.Error(w, "invalid age", http.StatusBadRequest)
		return
	}
	p.Age = age
	p.UpdatedAt = time.Now().UTC()
	if p.Locale == "" {
		p.Locale = "en-US"
	}
	if p.Timezone == "" {
		p.Timezone = "UTC"
	}
	if p.Currency == "" {
		p.Currency = "USD"
	}
	loc, err := time.LoadLocation(p.Timezone)
	if err != nil {
		http.Error(w, "invalid timezone", http.StatusBadRequest)
		return
	}
	local := p.UpdatedAt.In(loc)
	summary := map[string]any{}
	summary["id"] = p.ID
	summary["name"] = p.Name
	summary["email"] = p.Email
	summary["city"] = p.City
	summary["country"] = p.Country
	summary["company"] = p.Company
	summary["updatedAt"] = local.Format(time.RFC3339)
	summary["public"] = p.Public
	etag := strconv.FormatInt(p.UpdatedAt.UnixNano(), 36)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Set("ETag", `"`+etag+`"`)
	w.Header().Set("Content-Language", p.Locale)
	w.WriteHeader(http.StatusOK)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(summary)
}

func main() {
	http.HandleFunc("PUT /profiles/{id}", updateProfile)
	_ = http.ListenAndServe(":8080", nil)
}
