// Package orm tests FR103 and reads at rest with ORMs: gorm, jinzhu/gorm
// and xorm.
package orm

import (
	"log"

	jgorm "github.com/jinzhu/gorm"
	"gocv.io/x/gocv"
	"gorm.io/gorm"
	"xorm.io/xorm"
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
	UserID string
	Image  []byte
}

// session keeps the last frame in memory only: gorm does not write it.
type session struct {
	UserID string
	Frame  []byte `gorm:"-"`
}

// User is only read here: its FaceFeature column is face data by name.
type User struct {
	ID          uint
	Name        string
	FaceFeature []byte
}

type Account struct {
	ID   uint
	Name string
}

func gormCreate(db *gorm.DB, cam *gocv.VideoCapture) {
	db.Create(&enrolment{UserID: "u1", Image: frame(cam)}) // want `\[FR103\] face image from gocv.VideoCapture.Read is persisted by gorm.DB.Create without encryption`
	db.Create(&session{UserID: "u1", Frame: frame(cam)})
	db.Model(&enrolment{}).Where("user_id = ?", "u1").Update("image", frame(cam)) // want `\[FR103\] .* gorm.DB.Update`
}

// db.First(&u) loads the FaceFeature column: face data again.
func gormFirst(db *gorm.DB) {
	var u User
	db.First(&u, "name = ?", "alice")
	log.Printf("%s: %x", u.Name, u.FaceFeature) // want `\[FR101\] face template from field orm.User.FaceFeature read back by gorm.DB.First`
	var a Account
	db.First(&a, 1)
	log.Printf("%s", a.Name)
}

// Pluck reads one column: its name says whether it is face data.
func gormPluck(db *gorm.DB) {
	var features [][]byte
	db.Model(&User{}).Pluck("face_feature", &features)
	log.Printf("%d: %x", len(features), features) // want `\[FR101\] face template from value of key "face_feature..." read back by gorm.DB.Pluck`
	var names []string
	db.Model(&User{}).Pluck("name", &names)
	log.Printf("%v", names)
}

type legacyFace struct {
	UserID string
	Photo  []byte
}

type LegacyUser struct {
	Name      string
	FacePhoto []byte
}

func jinzhu(db *jgorm.DB, cam *gocv.VideoCapture) {
	db.Create(&legacyFace{UserID: "u1", Photo: frame(cam)}) // want `\[FR103\] .* gorm.DB.Create`
	var u LegacyUser
	db.Where("name = ?", "bob").First(&u)
	log.Printf("%x", u.FacePhoto) // want `\[FR101\] face image from field orm.LegacyUser.FacePhoto read back by gorm.DB.First`
}

type xormFace struct {
	Id     int64
	UserID string
	Image  []byte
}

type XormUser struct {
	Id          int64
	FaceFeature []byte
}

func xormEngine(engine *xorm.Engine, cam *gocv.VideoCapture) {
	engine.Insert(&xormFace{UserID: "u1", Image: frame(cam)}) // want `\[FR103\] .* xorm.Engine.Insert`
	engine.ID(1).Update(&xormFace{Image: frame(cam)})         // want `\[FR103\] .* xorm.Session.Update`
	u := &XormUser{Id: 1}
	engine.Get(u)
	log.Printf("%x", u.FaceFeature) // want `\[FR101\] .* read back by xorm.Engine.Get`
}
