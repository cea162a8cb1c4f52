// Package httpheader indexes http.Header maps with keys that are not
// canonical: reads are always empty, writes are invisible to Get.
package httpheader

import (
	"encoding/json"
	"mime/multipart"
	"net/http"
	"net/textproto"
)

type order struct {
	ID string `json:"id"`
}

func Create(w http.ResponseWriter, r *http.Request) {
	if ct := r.Header["content-type"]; len(ct) == 0 || ct[0] != "application/json" { // want `header key "content-type" is not canonical: the lookup is always empty; use Get or Values`
		http.Error(w, "expected JSON", http.StatusUnsupportedMediaType)
		return
	}
	requestID := r.Header["x-request-id"][0]       // want `header key "x-request-id" is not canonical`
	if _, ok := r.Header["idempotency-key"]; !ok { // want `header key "idempotency-key" is not canonical: the lookup never matches; use "Idempotency-Key"`
		http.Error(w, "missing idempotency key", http.StatusBadRequest)
		return
	}
	var o order
	if err := json.NewDecoder(r.Body).Decode(&o); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	w.Header()["content-type"] = []string{"application/json"}    // want `header key "content-type" is not canonical: Get\("Content-Type"\) never sees it; use Set`
	w.Header()["x-request-id"] = r.Header.Values("X-Request-Id") // want `header key "x-request-id" is not canonical: Get\("X-Request-Id"\) never sees it`
	delete(w.Header(), "x-powered-by")                           // want `header key "x-powered-by" is not canonical: delete removes nothing; use Del`
	_ = requestID
	_ = json.NewEncoder(w).Encode(o)
}

// partType reads the header of an uploaded part, a textproto.MIMEHeader.
func partType(fh *multipart.FileHeader) string {
	var h textproto.MIMEHeader = fh.Header
	for _, v := range h["content-type"] { // want `header key "content-type" is not canonical`
		return v
	}
	return ""
}
