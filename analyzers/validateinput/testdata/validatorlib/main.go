// Package main is a Cloud Run style net/http service that validates with
// go-playground/validator and stores with sqlx.
package main

import (
	"encoding/json"
	"net/http"

	"github.com/go-playground/validator/v10"
	"github.com/jmoiron/sqlx"
)

var (
	db       *sqlx.DB
	validate = validator.New()
)

type contact struct {
	Email string `json:"email" validate:"required,email"`
	Phone string `json:"phone" validate:"omitempty,e164"`
}

type api struct {
	v *validator.Validate
}

// create validates the struct with the validator before storing it.
func create(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	var c contact
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	if err := validate.Struct(c); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := db.NamedExec("INSERT INTO contacts (email, phone) VALUES (:email, :phone)", c); err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
	}
}

// find validates one query parameter with Var.
func find(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	if err := validate.Var(email, "required,email"); err != nil {
		http.Error(w, "bad email", http.StatusBadRequest)
		return
	}
	var c contact
	if err := db.Get(&c, "SELECT email, phone FROM contacts WHERE email = $1", email); err != nil {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	json.NewEncoder(w).Encode(c)
}

// decode decodes and validates with the api's validator.
func (a *api) decode(r *http.Request, v any) error {
	if err := json.NewDecoder(http.MaxBytesReader(nil, r.Body, 1<<16)).Decode(v); err != nil {
		return err
	}
	return a.v.Struct(v)
}

// update decodes through a helper that validates.
func (a *api) update(w http.ResponseWriter, r *http.Request) {
	var c contact
	if err := a.decode(r, &c); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if _, err := db.NamedExec("UPDATE contacts SET phone = :phone WHERE email = :email", c); err != nil {
		http.Error(w, "store failed", http.StatusInternalServerError)
	}
}

// remove validates too late: after the delete.
func remove(w http.ResponseWriter, r *http.Request) {
	email := r.URL.Query().Get("email")
	if _, err := db.Exec("DELETE FROM contacts WHERE email = $1", email); err != nil { // want `query parameter "email" reaches SQL arguments of sql.\(\*DB\).Exec unvalidated`
		http.Error(w, "delete failed", http.StatusInternalServerError)
		return
	}
	if err := validate.Var(email, "email"); err != nil {
		http.Error(w, "bad email", http.StatusBadRequest)
	}
}

// unchecked ignores the validator's answer.
func unchecked(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 1<<16)
	var c contact
	if err := json.NewDecoder(r.Body).Decode(&c); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	_ = validate.Struct(c)
	if _, err := db.NamedExec("INSERT INTO contacts (email) VALUES (:email)", c); err != nil { // want `request body decoded into c reaches SQL arguments of sqlx.\(\*DB\).NamedExec unvalidated`
		http.Error(w, "store failed", http.StatusInternalServerError)
	}
}

func main() {
	a := &api{v: validator.New()}
	http.HandleFunc("/contacts", create)
	http.HandleFunc("/contacts/find", find)
	http.HandleFunc("/contacts/update", a.update)
	http.HandleFunc("/contacts/remove", remove)
	http.HandleFunc("/contacts/unchecked", unchecked)
	http.ListenAndServe(":8080", nil)
}
