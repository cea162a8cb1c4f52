// Package frameworks registers gin, echo and fiber handlers: each runs per
// request, middleware included.
package frameworks

import (
	"net/http"

	"github.com/gin-gonic/gin"
	"github.com/gofiber/fiber/v2"
	"github.com/labstack/echo/v4"
)

type api struct{}

func (api) getUser(c *gin.Context) { // want `handler request net/http registered`
	c.JSON(http.StatusOK, gin.H{"id": c.Param("id")})
}

func requestID(c *gin.Context) { // want `handler request net/http registered`
	_ = c.GetHeader("X-Request-Id")
}

func listOrders(c echo.Context) error { // want `handler request net/http registered`
	return c.JSON(http.StatusOK, echo.Map{"orders": lookup(c.QueryParam("customer"))})
}

func lookup(customer string) []string { return nil } // want `invocation listOrders → lookup`

// health is found by its shape: fiber.Handler is an alias, so nothing
// converts it, and nothing calls it.
func health(c *fiber.Ctx) error { // want `handler request net/http signature`
	return c.SendString("ok")
}

// unregistered has gin's handler shape and nothing calls it: a handler
// registered through something the pass does not see.
func unregistered(c *gin.Context) {} // want `handler request net/http signature`

// parse takes a gin context but answers a value: a helper.
func parse(c *gin.Context) (string, error) { return c.Param("id"), nil }

// Routes registers every handler. Nothing in the package calls it: it is
// neither init nor invocation scope here.
func Routes() (*gin.Engine, *echo.Echo, *fiber.App) {
	a := api{}
	g := gin.New()
	g.Use(requestID)
	g.GET("/users/:id", a.getUser)
	g.POST("/users", func(c *gin.Context) { // want `handler request net/http registered`
		c.Status(http.StatusCreated)
	})
	e := echo.New()
	e.GET("/orders", listOrders)
	f := fiber.New()
	f.Get("/health", health)
	return g, e, f
}

var _ = parse
