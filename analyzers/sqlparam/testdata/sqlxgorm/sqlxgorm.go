// Package sqlxgorm is a net/http function on sqlx and gorm.
package sqlxgorm

import (
	"fmt"
	"net/http"

	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

var (
	xdb *sqlx.DB
	gdb *gorm.DB
)

type user struct {
	ID   int
	Name string
}

// Users queries with sqlx.
func Users(w http.ResponseWriter, r *http.Request) {
	var users []user
	name := r.URL.Query().Get("name")
	_ = xdb.Select(&users, "SELECT * FROM users WHERE name LIKE '%"+name+"%'") // want `reaches sqlx.\(\*DB\).Select`
	var u user
	_ = xdb.GetContext(r.Context(), &u, fmt.Sprintf("SELECT * FROM users WHERE id = %s", r.PathValue("id"))) // want `reaches sqlx.\(\*DB\).GetContext`
	_, _ = xdb.NamedExec("UPDATE users SET name = :name WHERE id = "+r.FormValue("id"), u)                   // want `reaches sqlx.\(\*DB\).NamedExec`
	_ = sqlx.Get(xdb, &u, "SELECT * FROM users WHERE email = '"+r.FormValue("email")+"'")                    // want `reaches sqlx.Get`
	_, _ = xdb.Queryx(xdb.Rebind("SELECT * FROM users WHERE name = '" + name + "'"))                         // want `reaches sqlx.\(\*DB\).Queryx`
	_, _ = xdb.Query("SELECT 1 WHERE '" + name + "' = ''")                                                   // want `reaches sql.\(\*DB\).Query`

	// Quiet: sqlx.In and Rebind of constant text, named parameters.
	q, args, err := sqlx.In("SELECT * FROM users WHERE id IN (?)", r.URL.Query()["id"])
	if err == nil {
		_ = xdb.Select(&users, xdb.Rebind(q), args...)
	}
	_, _ = xdb.NamedExec("UPDATE users SET name = :name WHERE id = :id", u)
}

// Gorm queries with gorm.
func Gorm(w http.ResponseWriter, r *http.Request) {
	var users []user
	name := r.URL.Query().Get("name")
	gdb.Raw("SELECT * FROM users WHERE name = '" + name + "'").Scan(&users) // want `query built from request input \(Values.Get\) reaches gorm.\(\*DB\).Raw`
	gdb.Where("name = '" + name + "'").Find(&users)                         // want `gorm.\(\*DB\).Where condition built from request input \(Values.Get\); pass values as \? arguments`
	gdb.Order(r.URL.Query().Get("sort")).Find(&users)                       // want `gorm.\(\*DB\).Order condition built from request input`
	gdb.Exec(fmt.Sprintf("DELETE FROM users WHERE name = '%s'", name))      // want `reaches gorm.\(\*DB\).Exec`

	// Quiet: arguments, struct and map conditions, constant orders.
	gdb.Where("name = ?", name).Find(&users)
	gdb.Where(&user{Name: name}).Find(&users)
	gdb.Where(map[string]any{"name": name}).Find(&users)
	gdb.Order("created_at DESC").Find(&users)
	gdb.Raw("SELECT * FROM users WHERE name = ?", name).Scan(&users)
}
