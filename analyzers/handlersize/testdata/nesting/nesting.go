// Package main imports CSV uploads; its handler nests loops, switches and
// conditions instead of returning early.
package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
)

type line struct {
	SKU string
	Qty int
}

func importInventory(w http.ResponseWriter, r *http.Request) { // want `handler importInventory nests control statements 6 deep \(max 4\); return early or extract inner blocks`
	reader := csv.NewReader(r.Body)
	var lines []line
	for row := 1; ; row++ {
		rec, err := reader.Read()
		if err != nil {
			if errors.Is(err, io.EOF) {
				break
			}
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var l line
		for i, field := range rec {
			switch i {
			case 0:
				l.SKU = field
			case 1:
				n, err := strconv.Atoi(field)
				if err != nil {
					for _, alt := range []string{"none", "-"} {
						if field == alt {
							n, err = 0, nil
						}
					}
				}
				if err != nil {
					http.Error(w, fmt.Sprintf("row %d: bad quantity", row), http.StatusBadRequest)
					return
				}
				l.Qty = n
			}
		}
		lines = append(lines, l)
	}
	fmt.Fprintf(w, "imported %d lines\n", len(lines))
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("POST /inventory", importInventory)
	_ = http.ListenAndServe(":8080", mux)
}
