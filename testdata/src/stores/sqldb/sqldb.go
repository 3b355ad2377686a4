// Package sqldb tests FR103 and reads at rest with SQL clients:
// database/sql with a driver, sqlx and pgx.
package sqldb

import (
	"context"
	"database/sql"
	"log"

	_ "github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gocv.io/x/gocv"
)

//facelint:consent
func consented() bool { return true }

func frame(cam *gocv.VideoCapture) []byte {
	if !consented() {
		return nil
	}
	m := gocv.NewMat()
	cam.Read(&m)
	return m.ToBytes()
}

type enrolment struct {
	UserID      string `db:"user_id"`
	FaceFeature []byte `db:"face_feature"`
}

type capture struct {
	UserID string `db:"user_id"`
	Frame  []byte `db:"-"` // kept in memory, not a column
}

// storedFace is only read here: its face_feature column is face data by
// name.
type storedFace struct {
	UserID      string `db:"user_id"`
	FaceFeature []byte `db:"face_feature"`
}

type faceRow struct {
	UserID      string
	FaceFeature []byte
}

type account struct {
	UserID string `db:"user_id"`
	Name   string `db:"name"`
}

func mysqlExec(cam *gocv.VideoCapture) {
	db, _ := sql.Open("mysql", "app@tcp(db:3306)/faces")
	db.Exec("INSERT INTO faces(user_id, image) VALUES (?, ?)", "u1", frame(cam)) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by sql.DB.Exec without encryption`
}

func sqlxNamed(db *sqlx.DB, cam *gocv.VideoCapture) {
	db.NamedExec("INSERT INTO faces (user_id, face_feature) VALUES (:user_id, :face_feature)", // want `\[FR103\] .* sqlx.DB.NamedExec`
		&enrolment{UserID: "u1", FaceFeature: frame(cam)})
	db.NamedExec("INSERT INTO captures (user_id) VALUES (:user_id)", &capture{UserID: "u1", Frame: frame(cam)})
	db.Exec("INSERT INTO faces VALUES (?)", frame(cam)) // want `\[FR103\] .* sql.DB.Exec`
}

// A face_feature column read back is face data again.
func sqlxGet(db *sqlx.DB) {
	var e storedFace
	db.Get(&e, "SELECT * FROM faces WHERE user_id = ?", "u1")
	log.Printf("feature %x", e.FaceFeature) // want `\[FR101\] face template from field sqldb.storedFace.FaceFeature read back by sqlx.DB.Get`
	var a account
	db.Get(&a, "SELECT * FROM accounts WHERE user_id = ?", "u1")
	log.Printf("name %s", a.Name)
}

func pgxPool(ctx context.Context, pool *pgxpool.Pool, cam *gocv.VideoCapture) {
	pool.Exec(ctx, "INSERT INTO faces(user_id, image) VALUES ($1, $2)", "u1", frame(cam)) // want `\[FR103\] .* pgxpool.Pool.Exec`
	rows := [][]any{{"u1", frame(cam)}}
	pool.CopyFrom(ctx, pgx.Identifier{"faces"}, []string{"user_id", "image"}, pgx.CopyFromRows(rows)) // want `\[FR103\] .* pgxpool.Pool.CopyFrom`
}

func pgxScan(ctx context.Context, pool *pgxpool.Pool) {
	var e faceRow
	pool.QueryRow(ctx, "SELECT user_id, face_feature FROM faces WHERE user_id = $1", "u1").Scan(&e.UserID, &e.FaceFeature)
	log.Printf("feature %x", e.FaceFeature) // want `\[FR101\] face template from field sqldb.faceRow.FaceFeature read back by pgx.Row.Scan`
	log.Printf("user %s", e.UserID)
}
