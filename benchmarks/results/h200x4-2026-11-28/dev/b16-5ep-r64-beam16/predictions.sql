SELECT count(*) FROM singer
SELECT count(*) FROM singer
SELECT song_name , country , age FROM singer ORDER BY age
SELECT T1.Name , T1.Country , T1.age FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T2.Age DESC
SELECT avg(age) , min(age) , max(age) FROM singer WHERE country = 'France'
SELECT avg(age) , min(age) , max(age) FROM singer WHERE country = 'French'
SELECT T3.Name , T2.year FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN song AS T3 ON T1.song_id = T3.song_id ORDER BY T2.age LIMIT 1
SELECT T3.Song_Name , T2.Year FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID JOIN song AS T3 ON T1.Song_Name = T3.Song_Name ORDER BY T2.age LIMIT 1
SELECT DISTINCT country FROM singer WHERE age > 20
SELECT DISTINCT country FROM singer WHERE age > 20
SELECT country , count(*) FROM singer GROUP BY country
SELECT country , count(*) FROM singer GROUP BY country
SELECT song_name FROM singer WHERE age > (SELECT avg(age) FROM singer)
SELECT song_name FROM singer WHERE age > (SELECT avg(age) FROM singer)
SELECT stadium_id , name FROM stadium WHERE capacity BETWEEN 5000 AND 10000
SELECT LOCATION , name FROM stadium WHERE capacity BETWEEN 5000 AND 10000
SELECT max(Capacity) , avg(Average) FROM stadium
SELECT avg(capacity) , max(capacity) FROM stadium
SELECT t1.name , t1.capacity FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id =
SELECT t1.name , t1.capacity FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.avg(t1.capacity) = (SELECT avg(t1.capacity) FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id =
SELECT count(*) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT count(*) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT T2.name , count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id GROUP BY T1.stadium_id
SELECT T1.Stadium_ID , count(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID GROUP BY T2.Stadium_ID
SELECT T1.name , T1.capacity FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.year >= 2014 GROUP BY T2.stadium_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name , T1.capacity FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.year > 2013 GROUP BY T2.Stadium_ID ORDER BY count(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY count(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY count(*) DESC LIMIT 1
SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)
SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)
SELECT country FROM singer WHERE age > 40 INTERSECT SELECT country FROM singer WHERE age < 30
SELECT name FROM stadium EXCEPT SELECT T2.name FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.year = 2014
SELECT name FROM stadium EXCEPT SELECT T1.name FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T2.year = 2014
SELECT T1.theme , count(*) FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_id = T2.concert_id GROUP BY T1.theme
SELECT T3.Name , T2.Theme , count(*) FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T1.Singer_ID = T3.Singer_ID GROUP BY T3.Name
SELECT T3.Name , COUNT(*) FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T1.Singer_ID = T3.Singer_ID GROUP BY T3.Name
SELECT T3.Name , COUNT(*) FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T1.Singer_ID = T3.Singer_ID GROUP BY T3.Name
SELECT T3.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.year = 2014
SELECT T3.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID JOIN singer AS T3 ON T2.Singer_ID = T3.Singer_ID WHERE T1.year = 2014
SELECT T1.Name , T1.Country FROM singer AS T1 JOIN singer_in_concert AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Song_Name LIKE '%Hey%'
SELECT T1.Name , T1.Country FROM singer AS T1 JOIN song AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Song_Name LIKE '%Hey%'
SELECT T2.name , T2.location FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2014 INTERSECT SELECT T2.name , T2.location FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2015
SELECT T2.name , T2.location FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.year = 2014 INTERSECT SELECT T2.name , T2.location FROM concert AS T1 JOIN stadium AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.year = 2015
SELECT count(*) FROM stadium ORDER BY capacity DESC LIMIT 1
SELECT count(*) FROM concert WHERE stadium_id = (SELECT stadium_id FROM stadium ORDER BY capacity DESC LIMIT 1)
SELECT count(*) FROM Pets WHERE weight > 10
SELECT count(*) FROM Pets WHERE weight > 10
SELECT min(weight) FROM Pets WHERE pet_age = (SELECT min(pet_age) FROM Pets)
SELECT sum(t1.weight) FROM pets AS t1 JOIN has_pet AS t2 ON t1.petid = t2.petid JOIN student AS t3 ON t2.stuid = t3.stuid WHERE t3.age = 100 AND t1.weight < (SELECT min(weight) FROM pets)
SELECT max(weight) , pettype FROM Pets GROUP BY pettype
SELECT max(weight) , pettype FROM Pets GROUP BY pettype
SELECT count(DISTINCT petid) FROM has_pet WHERE petid > 20
SELECT count(*) FROM has_pet AS T1 JOIN pets AS T2 ON T1.petid = T2.petid JOIN student AS T3 ON T3.stuid = T1.stuid WHERE T3.age > 20
SELECT count(*) FROM has_pet AS T1 JOIN pets AS T2 ON T1.petid = T2.petid JOIN student AS T3 ON T3.stuid = T1.stuid WHERE T3.sex = 'F' AND T2.pettype = 'Dog'
SELECT count(*) FROM pets AS T1 JOIN has_pet AS T2 ON T1.petid = T2.petid JOIN student AS T3 ON T2.stuid = T3.stuid WHERE T3.sex = "F" AND T1.pettype = "Dog"
SELECT count(DISTINCT pettype) FROM pets
SELECT count(DISTINCT pettype) FROM pets
SELECT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.Stuid = T2.Stuid WHERE T2.PetID IN (SELECT PetID FROM Pets WHERE PetType = "Cat" OR PetType = "Dog")
SELECT DISTINCT T1.Fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.Stuid = T2.Stuid JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.PetType = "Cat" OR T3.PetType = "Dog"
SELECT T1.fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid WHERE T2.pettype = "Cat" INTERSECT SELECT T1.fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid WHERE T2.pettype = "Dog"
SELECT T2.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "Cats" INTERSECT SELECT T2.fname FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "Dogs"
SELECT major , age FROM Student WHERE StuID NOT IN (SELECT T1.StuID FROM has_pet AS T1 JOIN pets AS T2 ON T1.petid = T2.petid WHERE T2.pettype = 'Cat')
SELECT major , age FROM Student WHERE StuID NOT IN (SELECT T1.StuID FROM has_pet AS T1 JOIN pets AS T2 ON T1.petid = T2.petid WHERE T2.pettype = 'Cat' ) AND T2.PetID NOT IN (SELECT T1.PetID FROM has_pet AS T1 JOIN pets AS T2 ON T1.petid = T2.petid WHERE T2.pettype = 'Cat' )
SELECT StuID FROM Student EXCEPT SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = T2.weight AND T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = T2.weight AND T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = T2.weight AND T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = T2.weight AND T1.StuID NOT IN (SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.
SELECT StuID FROM Student EXCEPT SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "5" AND T1.StuID IN (SELECT T1.StuID FROM Has_Pet AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "4")
SELECT fname , age FROM Student WHERE StuID IN (SELECT T1.StuID FROM Has_pet AS T1 JOIN pets AS T2 ON T1.petID = T2.petID WHERE T2.pettype = 'dog' EXCEPT SELECT T1.StuID FROM Has_pet AS T1 JOIN pets AS T2 ON T1.petID = T2.petID WHERE T2.pettype = 'cat' )
SELECT fname FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet WHERE PetID = "Dog" EXCEPT SELECT StuID FROM Has_Pet WHERE PetID = "Cat")
SELECT pettype , weight FROM Pets ORDER BY pet_age ASC LIMIT 1
SELECT pettype , weight FROM Pets ORDER BY weight ASC LIMIT 1
SELECT petid , weight FROM Pets WHERE pet_age > 1
SELECT petid , weight FROM Pets WHERE petage > 1
SELECT avg(pet_age) , max(pet_age) , pettype FROM Pets GROUP BY pettype
SELECT avg(pet_age) , max(pet_age) , PetType FROM Pets GROUP BY PetType
SELECT avg(weight) , pettype FROM Pets GROUP BY pettype
SELECT avg(weight) , pettype FROM pets GROUP BY pettype
SELECT DISTINCT T1.fname , T1.age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid JOIN Pets AS T3 ON T2.petid = T3.petid
SELECT DISTINCT T1.fname , T1.age FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid JOIN Pets AS T3 ON T2.petid = T3.petid
SELECT T1.PetID FROM Pets AS T1 JOIN Has_Pet AS T2 ON T1.PetID = T2.PetID JOIN Student AS T3 ON T2.Stuid = T3.Stuid WHERE T3.Lname = 'Smith'
SELECT T1.PetID FROM Pets AS T1 JOIN Has_Pet AS T2 ON T1.PetID = T2.PetID JOIN Student AS T3 ON T2.Stuid = T3.Stuid WHERE T3.Lname = 'Smith'
SELECT count(*) , T1.StuID FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID GROUP BY T1.StuID
SELECT count(*) , T1.StuID FROM has_pet AS T1 JOIN pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.StuID
SELECT T1.fname , T1.sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid GROUP BY T1.stuid HAVING count(*) > 1
SELECT T1.fname , T1.sex FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.stuid = T2.stuid GROUP BY T1.stuid HAVING count(*) > 1
SELECT T1.lname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 3
SELECT T1.lname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 3
SELECT avg(age) FROM Student WHERE StuID NOT IN (SELECT StuID FROM has_pet)
SELECT avg(age) FROM student WHERE StuID NOT IN (SELECT StuID FROM has_pet)
SELECT count(*) FROM continents
SELECT count(*) FROM continents
SELECT continent , count(*) , count(DISTINCT countryname) FROM countries GROUP BY continent
SELECT continent , COUNT(*) , T1.ContId FROM continents AS T1 JOIN car_makers AS T2 ON T1.ContId = T2.Country GROUP BY T1.ContId
SELECT count(*) FROM countries
SELECT count(*) FROM countries
SELECT T1.FullName , T1.Maker , COUNT(*) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Maker
SELECT T1.FullName , T1.Make , COUNT(*) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Make , T1.Model
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker ORDER BY T1.horsepower LIMIT 1
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker ORDER BY T1.horsepower ASC LIMIT 1
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T1.weight < (SELECT avg(weight) FROM car_makers)
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING avg(T1.weight) < (SELECT avg(T1.weight) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING avg(T1.weight) > (SELECT avg(T1.weight) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING avg(T1.weight) < (SELECT avg(T1.weight) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING avg(T1.weight) > (SELECT avg(T1.weight) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING avg(T1.weight) <
SELECT T1.Maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T2.Model = "1970"
SELECT DISTINCT T1.Maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T2.Model = "1970"
SELECT T1.make , T1.year FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker ORDER BY T2.year LIMIT 1
SELECT maker , YEAR FROM car_makers ORDER BY YEAR ASC LIMIT 1
SELECT DISTINCT model FROM car_models WHERE YEAR > 1980
SELECT DISTINCT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T1.FullName = T2.Maker WHERE T1.year > 1980
SELECT T1.Continent , count(*) FROM continents AS T1 JOIN car_makers AS T2 ON T1.ContId = T2.Country GROUP BY T1.Continent
SELECT T1.Continent , COUNT(*) FROM continents AS T1 JOIN car_makers AS T2 ON T1.ContId = T2.Country GROUP BY T1.Continent
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T1.CountryId = T2.Country GROUP BY T1.CountryName ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.CountryName FROM countries AS T1 JOIN car_makers AS T2 ON T1.CountryId = T2.Country GROUP BY T1.CountryName ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.maker , count(*) , T2.make FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T2.maker
SELECT T1.maker , T1.id , T1.fullname FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker GROUP BY T1.maker
SELECT T2.Accelerate FROM car_makers AS T1 JOIN car_names AS T2 ON T1.Id = T2.MakeId WHERE T1.Fullname = "Netron" AND T2.model = "Hornet" SPORTBOAT ON T2.Make = T1.Id WHERE T1.Make = T2.Maker
SELECT avg(T2.Accelerate) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T1.FullName = "netron" AND T2.Model = "ornithos"
SELECT count(*) FROM car_makers WHERE country = 'France'
SELECT count(*) FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T1.countryname = "France"
SELECT sum(T3.car_models) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model WHERE T1.country = "usa"
SELECT count(*) FROM car_models WHERE country = "United States"
SELECT avg(T2.mpg) FROM car_makers AS T1 JOIN cars_data AS T2 ON T1.Id = T2.Id WHERE T1.FullName = "4"
SELECT avg(miles) FROM car_makers WHERE cylinder = 4
SELECT T2.weight FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T1.cylinders = 1974 AND T2.model = "8"
SELECT min(T2.weight) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T1.year = 1974 AND T2.model = "8-cylinder"
SELECT maker , model FROM car_makers
SELECT maker , model FROM car_makers
SELECT T1.CountryName , T1.Makeid FROM countries AS T1 JOIN car_makers AS T2 ON T1.CountryId = T2.Country
SELECT T1.CountryName , T1.Continent FROM countries AS T1 JOIN car_makers AS T2 ON T1.CountryId = T2.Country
SELECT count(*) FROM cars_data WHERE horsepower > 150
SELECT count(*) FROM cars_data WHERE horsepower > 150
SELECT avg(weight) , YEAR FROM cars_data
SELECT avg(weight) , year FROM car_names GROUP BY year
SELECT T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T1.continent = "Europe" GROUP BY T1.countryname HAVING count(*) >= 3
SELECT T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T1.countryname = "Europe" GROUP BY T1.countryname HAVING count(*) >= 3
SELECT max(T1.horsepower) , T2.make FROM car_models AS T1 JOIN model_list AS T2 ON T1.model = T2.model WHERE T1.cylinders = 3
SELECT max(T2.horsepower) , T1.make FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T1.fullname = T3.make INTERSECT SELECT T1.make , T1.fullname FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker AND T2.maker = T1.id WHERE T1.fullname = T3.make
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id ORDER BY T1.gallon_of_gasoline DESC LIMIT 1
SELECT T2.model FROM car_models AS T1 JOIN models_list AS T2 ON T1.model = T2.model ORDER BY T1.mpg DESC LIMIT 1
SELECT avg(horsepower) FROM cars_data WHERE YEAR < 1980
SELECT avg(horsepower) FROM cars_data WHERE YEAR < 1980
SELECT avg(T2.Edispl) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker WHERE T1.model = "volvo"
SELECT avg(Edispl) FROM car_makers WHERE FullName = "Volvo"
SELECT max(Accelerate) , cylinders FROM car_makers GROUP BY cylinders
SELECT max(Accelerate) FROM car_makers
SELECT T2.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT T2.model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data WHERE MPG > 4
SELECT count(*) FROM cars_data WHERE MPG > 4
SELECT count(*) FROM cars_data WHERE YEAR = 1980
SELECT count(*) FROM cars_data WHERE YEAR = 1980
SELECT count(*) FROM model_list AS T1 JOIN car_makers AS T2 ON T1.maker = T2.id WHERE T2.Maker = 'American Motor Company'
SELECT count(*) FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker WHERE T1.maker = 'American Motor Company'
SELECT T1.Maker , T1.Id FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Maker HAVING count(*) > 3
SELECT T1.Maker , T1.Id FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T2.Maker HAVING COUNT(*) > 3
SELECT DISTINCT T2.model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker WHERE T1.fullname = 'General Motors' OR T2.model = '3500'
SELECT DISTINCT T2.model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker WHERE T1.Maker = "General Motors" OR T1.fullname = "Steve"
SELECT YEAR FROM cars_data WHERE Weight <= 3000 INTERSECT SELECT YEAR FROM cars_data WHERE Weight > 4000
SELECT DISTINCT YEAR FROM cars_data WHERE weight > 4000 INTERSECT SELECT DISTINCT YEAR FROM cars_data WHERE weight < 3000
SELECT Horsepower FROM car_makers ORDER BY accelerate DESC LIMIT 1
SELECT Horsepower FROM car_makers ORDER BY accelerate DESC LIMIT 1
SELECT T1.cylinders FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T2.model = "Volvo" ORDER BY T2.Accelerate ASC LIMIT 1
SELECT T1.cylinders FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.id ORDER BY T2.Accelerate ASC LIMIT 1
SELECT avg(T2.Accelerate) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T1.Fullname = T2.Maker AND T1.horsepower > (SELECT max(T1.horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T1.fullname = T2.Maker AND T1.horsepower < (SELECT max(T1.horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T1.fullname = T2.Maker AND T1.horsepower > (SELECT max(T1.horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T1.fullname = T2.Maker AND T1.horsepower < (SELECT max(T1.horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T
SELECT count(*) FROM cars_data WHERE accelerate > (SELECT max(accelerate) FROM cars_data)
SELECT count(DISTINCT T1.countryname) FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country GROUP BY T1.countryname HAVING count(DISTINCT T2.maker) > 2
SELECT count(*) FROM car_makers WHERE country > 2
SELECT count(*) FROM cars_data WHERE MPG > 6
SELECT count(*) FROM car_names WHERE cylinder > 6
SELECT T2.fullname FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T1.horsepower = (SELECT max(horsepower) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = T2.model AND T1.horsepower = (SELECT max(horsepower) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = T2.model AND T1.horsepower = (SELECT max(horsepower) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = T2.model AND T1.horsepower = (SELECT max(horsepower) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = T2.model AND T1.horsepower
SELECT T2.horsepower FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T1.model = (SELECT T3.model FROM car_names AS T1 JOIN car_makers AS T2 ON T1.makeid = T2.id WHERE T2.model = (SELECT T3.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = (SELECT T3.model FROM car_names AS T1 JOIN car_makers AS T2 ON T1.makeid = T2.id WHERE T2.model = (SELECT T3.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T2.model = (SELECT T3.model FROM car_names AS T1 JOIN car_makers AS T2 ON T1.makeid = T2.id WHERE T2.model = (SELECT T3.model FROM car
SELECT T2.makeid , T2.make FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model GROUP BY T2.makeid HAVING T3.horsepower > (SELECT min(horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model GROUP BY T2.makeid HAVING T3.horsepower < (SELECT min(horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model GROUP BY T2.makeid HAVING T3.horsepower > (SELECT min(horsepower) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model GROUP
SELECT T1.Make , T1.Maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker WHERE T2.horsepower < 4
SELECT max(T3.GMS) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker JOIN car_names AS T3 ON T2.Model = T3.Model WHERE T2.year < 1980
SELECT max(T3.mpg) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker JOIN car_names AS T3 ON T2.model = T3.model WHERE T2.year < 1980
SELECT T1.model FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T2.model < 3500 EXCEPT SELECT T3.model FROM car_makers AS T3 JOIN car_names AS T4 ON T3.id = T4.makeid WHERE T4.model = 'Ford Motor Company'
SELECT DISTINCT T2.model FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker WHERE T1.fullname != 'Ford Motor Company'
SELECT countryname FROM countries EXCEPT SELECT T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country
SELECT countryname FROM countries EXCEPT SELECT T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country
SELECT T1.Id , T1.Maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id HAVING count(*) >= 2 INTERSECT SELECT T1.Id , T1.Maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id HAVING count(*) > 3
SELECT T1.id , T1.Maker FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id HAVING count(*) >= 2 INTERSECT SELECT T1.id , T1.Maker FROM car_makers AS T1 JOIN model_list AS T2 ON T1.Id = T2.Maker GROUP BY T1.Id HAVING count(*) > 3
SELECT T1.countryname , T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T2.FullName = 'fiat' GROUP BY T1.countryname HAVING count(*) > 3 UNION SELECT T1.countryname , T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T2.FullName = 'fiat'
SELECT T1.CountryName , T1.Continent FROM countries AS T1 JOIN car_makers AS T2 ON T1.CountryId = T2.Country WHERE T2.FullName = "Fiat" OR T1.Continent = "Car"
SELECT Country FROM airlines WHERE Abbreviation = "JetBlue Airways"
SELECT Country FROM airlines WHERE Abbreviation = "Jetblue Airways"
SELECT Abbreviation FROM airlines WHERE Airline = "JetBlue Airways"
SELECT T3.Abbreviation FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport JOIN airports AS T3 ON T3.AirportCode = T2.AirportCode WHERE T1.Airline = "Jetblue Airways"
SELECT Airline , Abbreviation FROM airlines WHERE Country = "USA"
SELECT Airline , Abbreviation FROM airlines WHERE Country = "USA"
SELECT T2.AirportName , T1.City FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T1.Abbreviation = "Anthony"
SELECT T1.AirportName , T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport
SELECT count(*) FROM airlines
SELECT count(*) FROM airlines
SELECT count(*) FROM airports
SELECT count(*) FROM airports
SELECT count(*) FROM flights
SELECT count(*) FROM flights
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport WHERE T1.Abbreviation = 'UAL'
SELECT T2.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport WHERE T1.Abbreviation = 'UAL'
SELECT count(*) FROM airlines WHERE Country = "USA"
SELECT count(*) FROM airlines WHERE Country = "USA"
SELECT T1.city , T1.country FROM airports AS T1 JOIN flights AS T2 ON T1.airportcode = T2.destairport WHERE T1.airportname = "Alton"
SELECT T1.city , T1.country FROM airports AS T1 JOIN flights AS T2 ON T1.airportcode = T2.destairport WHERE T1.airportname = "Alton"
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.AirportName = 'AKO'
SELECT AirportName FROM airports WHERE AirportCode = 'AKO'
SELECT AirportName FROM airports WHERE City = 'Aberdeen'
SELECT AirportName FROM airports WHERE AirportCode = "Aberdeen"
SELECT count(*) FROM flights WHERE DestAirport = "APG"
SELECT count(*) FROM flights WHERE DestAirport = "APG"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'ATO'
SELECT count(*) FROM flights WHERE DestAirport = "ATO"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.City = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.city = 'Aberdeen'
SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON T1.SourceAirport = T2.AirportCode WHERE T2.AirportName = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.city = 'Aberdeen' AND T1.destination = 'Ashley'
SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = "Aberdeen" AND T1.Country = "Ashley"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T1.Airline = 'JetBlue Airways'
SELECT count(*) FROM flights WHERE Airline = "Jetblue Airways"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = 'ASY'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = "Asy"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = 'AHD'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.city = 'Aberdeen'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = "Aberdeen"
SELECT T1.city FROM airports AS T1 JOIN flights AS T2 ON T1.airportcode = T2.destairport GROUP BY T1.city ORDER BY count(*) DESC LIMIT 1
SELECT city FROM airports GROUP BY city ORDER BY count(*) DESC LIMIT 1
SELECT DestAirport FROM flights GROUP BY DestAirport ORDER BY COUNT(*) DESC LIMIT 1
SELECT city FROM airports GROUP BY city ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport GROUP BY T1.AirportCode ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport GROUP BY T1.AirportCode ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport GROUP BY T1.AirportCode ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportCode FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport GROUP BY T1.AirportCode ORDER BY COUNT(*) ASC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T1.Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT Airline FROM flights GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Abbreviation , T1.Country FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T2.DestAirport ORDER BY count(*) ASC LIMIT 1
SELECT T1.Abbreviation , T2.Country FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport GROUP BY T2.DestAirport ORDER BY COUNT(*) ASC LIMIT 1
SELECT T2.Airline FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.AirportName = 'AHD'
SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.SourceAirport = T2.AirportCode WHERE T2.AirportName = "AHD"
SELECT T2.Airline FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.AirportName = 'AHD'
SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = "AHD"
SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'APG' INTERSECT SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = 'CVO'
SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = "APG" INTERSECT SELECT T1.Airline FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = "CVO"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.FlightNo = 'CVO' EXCEPT SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.FlightNo = 'APG'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.DepartureAirline != "CVO" EXCEPT SELECT T1.Airline FROM airlines AS T1 JOIN airports AS T2 ON T1.AirportCode = T2.AirportCode WHERE T2.Country != "CAVO"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T2.DestAirport HAVING COUNT(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T1.Airline HAVING COUNT(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T2.DestAirport HAVING COUNT(*) < 200
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T2.DestAirport HAVING COUNT(*) < 200
SELECT FlightNo FROM flights WHERE Airline = "United Airlines"
SELECT FlightNo FROM flights WHERE Airline = "United Airlines"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT T2.FlightNo FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.AirportName = "APG"
SELECT T2.FlightNo FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport WHERE T1.AirportName = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.city = 'Aberdeen' OR T2.city = 'Abilene'
SELECT COUNT(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.destairport WHERE T2.AirportName = "Aberdeen" OR T2.AirportName = "Abilene"
SELECT AirportName FROM airports WHERE AirportCode NOT IN (SELECT DestAirport FROM flights)
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport
SELECT count(*) FROM employee
SELECT count(*) FROM employee
SELECT name FROM employee ORDER BY age ASC
SELECT name FROM employee ORDER BY age ASC
SELECT city , count(*) FROM employee GROUP BY city
SELECT count(*) , city FROM employee GROUP BY city
SELECT city FROM employee WHERE age > 30 GROUP BY city HAVING count(*) > 1
SELECT T2.city FROM hiring AS T1 JOIN employee AS T2 ON T1.employee_id = T2.employee_id JOIN shop AS T3 ON T1.shop_id = T3.shop_id WHERE T2.age < 30 GROUP BY T2.city HAVING count(*) > 1
SELECT LOCATION , count(*) FROM shop GROUP BY LOCATION
SELECT LOCATION , count(*) FROM shop GROUP BY LOCATION
SELECT manager_name , district FROM shop ORDER BY number_products DESC LIMIT 1
SELECT manager_name , district FROM shop ORDER BY number_products DESC LIMIT 1
SELECT min(number_products) , max(number_products) FROM shop
SELECT min(number_products) , max(number_products) FROM shop
SELECT name , LOCATION , district FROM shop ORDER BY number_products DESC
SELECT name , LOCATION , district FROM shop ORDER BY number_products DESC
SELECT name FROM shop WHERE number_products > (SELECT avg(number_products) FROM shop)
SELECT name FROM shop WHERE number_products > (SELECT avg(number_products) FROM shop)
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T2.Employee_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN evaluation AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T2.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Is_full_time DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Is_full_time DESC LIMIT 1
SELECT name FROM employee EXCEPT SELECT T1.name FROM employee AS T1 JOIN evaluation AS T2 ON T1.employee_id = T2.employee_id
SELECT name FROM employee WHERE employee_id NOT IN (SELECT employee_id FROM evaluation)
SELECT T2.name FROM hiring AS T1 JOIN shop AS T2 ON T1.shop_id = T2.shop_id GROUP BY T1.shop_id ORDER BY count(*) DESC LIMIT 1
SELECT name FROM shop ORDER BY number_products DESC LIMIT 1
SELECT name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)
SELECT name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)
SELECT T2.Name , count(*) FROM hiring AS T1 JOIN employee AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Shop_ID
SELECT count(*) , T1.Name FROM shop AS T1 JOIN hiring AS T2 ON T1.Shop_ID = T2.Shop_ID GROUP BY T2.Shop_ID
SELECT sum(bonus) FROM evaluation
SELECT sum(bonus) FROM evaluation
SELECT * FROM hiring
SELECT * FROM hiring
SELECT District FROM shop WHERE Number_products < 3000 INTERSECT SELECT District FROM shop WHERE Number_products > 10000
SELECT district FROM shop WHERE number_products < 3000 INTERSECT SELECT district FROM shop WHERE number_products > 10000
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(*) FROM Documents
SELECT count(*) FROM Documents
SELECT document_id , document_name , document_description FROM Documents
SELECT document_id , document_name , document_description FROM Documents
SELECT T1.document_name , T1.template_id FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id WHERE T1.document_description LIKE '%w%'
SELECT document_name , template_id FROM documents WHERE document_description LIKE "%w%"
SELECT document_id , template_id , document_description FROM Documents WHERE document_name = "Robbin CV"
SELECT T1.document_id , T1.template_id , T2.Template_Details FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Name = "Robbin CV"
SELECT count(DISTINCT template_id) FROM documents
SELECT count(DISTINCT template_id) FROM Documents
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.template_type_code = "PPT"
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.template_type_code = "PPT"
SELECT template_id , count(*) FROM Documents GROUP BY template_id
SELECT T1.template_id , count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id
SELECT T1.template_id , T1.template_type_code FROM Templates AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_id , T1.template_type_code FROM Templates AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_id FROM Templates AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id HAVING count(*) > 1
SELECT T1.template_id FROM Templates AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id HAVING count(*) > 1
SELECT template_id FROM Templates EXCEPT SELECT template_id FROM Documents
SELECT template_id FROM Templates EXCEPT SELECT template_id FROM documents
SELECT count(*) FROM Ref_Template_Types
SELECT count(*) FROM Templates
SELECT template_id , version_number , template_type_code FROM Templates
SELECT template_id , version_number , template_type_code FROM Templates
SELECT DISTINCT template_type_code FROM Ref_Template_Types
SELECT DISTINCT template_type_code FROM Ref_Template_Types
SELECT template_id FROM Templates WHERE template_type_code = "PP" OR template_type_code = "PPT"
SELECT template_id FROM Templates WHERE template_type_code = "PP" OR template_type_code = "PPT"
SELECT count(*) FROM Ref_Template_Types WHERE template_type_code = "CV"
SELECT count(*) FROM Ref_Template_Types WHERE Template_Type_Code = "CV"
SELECT Template_Type_Code , Version_Number FROM Templates WHERE Version_Number > 5
SELECT T1.version_number , T2.template_type_code FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.template_type_code = T2.template_type_code WHERE T1.version_number > 5
SELECT template_type_code , count(*) FROM Templates GROUP BY template_type_code
SELECT template_type_code , count(*) FROM Templates GROUP BY template_type_code
SELECT template_type_code FROM Templates GROUP BY template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT template_type_code FROM Templates GROUP BY template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT template_type_code FROM Ref_Template_Types GROUP BY template_type_code HAVING count(*) < 3
SELECT template_type_code FROM Templates GROUP BY template_type_code HAVING count(*) < 3
SELECT Template_Number , Version_Number FROM Ref_Template_Types ORDER BY Version_Number ASC LIMIT 1
SELECT T1.version_number , T2.template_type_code FROM Templates AS T1 JOIN Ref_Template_Types AS T2 ON T1.template_type_code = T2.template_type_code ORDER BY T1.version_number ASC LIMIT 1
SELECT T2.template_type_code FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id WHERE T1.document_name = "Data base"
SELECT T2.template_type_code FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id WHERE T1.document_name = "Data base"
SELECT T3.document_name FROM Documents AS T1 JOIN Templates AS T2 ON T1.document_id = T2.template_id JOIN Ref_Template_Types AS T3 ON T2.Template_Type_Code = T3.Template_Type_Code WHERE T2.Template_Type_Description = "BK"
SELECT T1.document_name FROM Documents AS T1 JOIN Templates AS T2 ON T1.document_id = T2.template_id WHERE T2.template_type_code = "BK"
SELECT T2.template_type_code , count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T2.template_type_code
SELECT T1.template_type_code , count(*) FROM Templates AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_type_code
SELECT T2.template_type_code FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T2.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T2.template_type_code FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T2.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code WHERE T2.Template_ID NOT IN (SELECT Template_ID FROM Documents)
SELECT template_type_code FROM Ref_Template_Types EXCEPT SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_Type_code = T2.template_id
SELECT template_type_code , template_type_description FROM Ref_Template_Types
SELECT template_type_code , template_type_description FROM Ref_Template_Types
SELECT template_type_description FROM Ref_template_types WHERE template_type_code = "AD"
SELECT T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code WHERE T2.template_type_code = "AD"
SELECT template_type_code FROM Ref_Template_Types WHERE template_type_description = "Book"
SELECT template_type_code FROM Ref_Template_Types WHERE template_type_description = "Book"
SELECT DISTINCT T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code WHERE T2.template_id IN (SELECT template_id FROM Documents)
SELECT DISTINCT T1.template_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.template_id IN (SELECT template_id FROM documents)
SELECT template_id FROM Templates WHERE template_type_code = "Presentation"
SELECT template_id FROM Templates WHERE template_details = 'Presentation'
SELECT count(*) FROM paragraphs
SELECT count(*) FROM paragraphs
SELECT count(*) FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name = "Summer Show"
SELECT count(*) FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name = "Summer Show"
SELECT Other_Details FROM Paragraphs WHERE Paragraph_Text LIKE '%Korea%'
SELECT T1.other_details FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name LIKE '%Korea%'
SELECT T1.document_id , T2.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Welcome to NY"
SELECT T2.document_id , T2.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Welcome to NY"
SELECT T2.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Customer reviews"
SELECT T2.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Customer reviews"
SELECT document_id , count(*) FROM paragraphs GROUP BY document_id ORDER BY count(*)
SELECT document_id , count(*) FROM paragraphs GROUP BY document_id ORDER BY count(*)
SELECT T1.document_id , T1.document_name , count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id
SELECT T1.document_id , T1.document_name , count(*) FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id
SELECT document_id FROM paragraphs GROUP BY document_id HAVING count(*) >= 2
SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id HAVING count(*) >= 2
SELECT T1.document_id , T1.document_name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.document_id , T1.document_name FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id ORDER BY count(*) DESC LIMIT 1
SELECT document_id FROM paragraphs GROUP BY document_id ORDER BY count(*) ASC LIMIT 1
SELECT document_id FROM paragraphs GROUP BY document_id ORDER BY count(*) ASC LIMIT 1
SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id HAVING count(*) = 1 AND count(*) >= 2
SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id GROUP BY T1.document_id HAVING count(*) BETWEEN 1 AND 2
SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.paragraph_text = "Brazil" INTERSECT SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.paragraph_text = "Ireland"
SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.paragraph_text = "Brazil" INTERSECT SELECT T1.document_id FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.paragraph_text = "Ireland"
SELECT count(*) FROM teacher
SELECT count(*) FROM teacher
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Age , Hometown FROM teacher
SELECT Age , Hometown FROM teacher
SELECT Name FROM teacher WHERE Hometown != "Little Lever Urban District"
SELECT Name FROM teacher WHERE Hometown != "Little Lever Urban District"
SELECT Name FROM teacher WHERE Age = 32 OR Age = 33
SELECT Name FROM teacher WHERE Age = 32 OR Age = 33
SELECT T2.Hometown FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T2.Age ASC LIMIT 1
SELECT Name FROM teacher ORDER BY Age ASC LIMIT 1
SELECT T2.Hometown , COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown
SELECT Name , count(*) FROM teacher GROUP BY Hometown
SELECT Hometown FROM teacher GROUP BY Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT Hometown FROM teacher GROUP BY Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Hometown FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT T2.Hometown FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T2.Hometown HAVING COUNT(*) >= 2
SELECT T2.Name , T3.Course_ID FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID
SELECT Name , T1.Name FROM teacher AS T1 JOIN course_arrange AS T2 ON T1.Teacher_ID = T2.Teacher_ID
SELECT T2.Name , T3.Course_ID FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID ORDER BY T2.Name ASC
SELECT T2.Name , T1.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T2.Name ASC
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = "Math"
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID JOIN course AS T3 ON T1.Course_ID = T3.Course_ID WHERE T3.Course = "Math"
SELECT T2.Name , COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name , COUNT(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)
SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)
SELECT count(*) FROM visitor WHERE age < 30
SELECT name FROM visitor WHERE LEVEL_of_membership > 4 ORDER BY level_of_membership
SELECT avg(Age) FROM visitor WHERE LEVEL_of_membership > 4
SELECT name , level_of_membership FROM visitor WHERE age > 4 ORDER BY age
SELECT T1.Museum_ID , T1.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT avg(Num_of_Staff) FROM museum WHERE Open_Year < 2009
SELECT open_year , num_of_staff FROM museum WHERE name = 'Plaza Museum'
SELECT name FROM museum WHERE num_of_staff > (SELECT min(num_of_staff) FROM museum WHERE open_year > 2010)
SELECT T1.id , T1.name , T1.age FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id GROUP BY T1.id HAVING count(*) > 1
SELECT T1.id , T1.name , T1.level_of_membership FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.total_spent = (SELECT max(total_spent) FROM visit)
SELECT T1.Museum_ID , T1.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.museum_ID GROUP BY T1.Museum_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT name FROM museum WHERE museum_id NOT IN (SELECT museum_id FROM visit)
SELECT T1.name , T1.age FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id GROUP BY T2.visitor_id ORDER BY sum(T2.total_spent) DESC LIMIT 1
SELECT avg(T1.total_spent) , max(T1.total_spent) FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_ID = T2.ID
SELECT sum(T2.total_spent) FROM visitor AS T1 JOIN visit AS T2 ON T1.id = T2.visitor_id WHERE T1.level_of_membership = 1
SELECT T2.name FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_id = T2.id JOIN museum AS T3 ON T1.museum_id = T3.museum_id WHERE T3.open_year < 2009 INTERSECT SELECT T2.name FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_id = T2.id JOIN museum AS T3 ON T1.museum_id = T3.museum_id WHERE T3.open_year > 2011
SELECT count(*) FROM visitor WHERE ID NOT IN (SELECT visitor_ID FROM visit WHERE OPEN_YEAR > 2010)
SELECT count(*) FROM museum WHERE Open_Year > 2013 OR Open_Year < 2008
SELECT count(DISTINCT ship_type) FROM ship WHERE lost_in_battle = 'Captured'
SELECT name , tonnage FROM ship ORDER BY name DESC
SELECT T1.name , T1.date , T1.result FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle
SELECT max(T1.killed) , min(T1.killed) FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id GROUP BY T1.caused_by_ship_id
SELECT avg(injured) , T1.id FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id GROUP BY T1.id
SELECT T1.note , T1.injured FROM death AS T1 JOIN ship AS T2 ON T2.lost_in_battle = T1.caused_by_ship_id WHERE T2.tonnage = "t"
SELECT name , result FROM battle WHERE bulgarian_commander != 'Boril'
SELECT DISTINCT T1.id , T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'
SELECT T1.id , T1.name FROM battle AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id HAVING sum(T2.killed) > 10
SELECT T1.id , T1.name FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id ORDER BY sum(T2.injured) DESC LIMIT 1
SELECT DISTINCT name FROM battle WHERE bulgarian_commander = 'Kaloyan' INTERSECT SELECT DISTINCT name FROM battle WHERE latin_commander = 'Baldwin I'
SELECT count(DISTINCT result) FROM battle
SELECT count(*) FROM battle WHERE id NOT IN ( SELECT lost_in_battle FROM ship WHERE tonnage = '225' )
SELECT T1.name , T1.date FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.name = 'Lettice' AND T2.id IN (SELECT T1.id FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.name = 'HMS Atalanta')
SELECT T1.name , T1.result , T1.bulgarian_commander FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.name != "English Channel"
SELECT T1.note FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id WHERE T2.location LIKE "%East%"
SELECT address_id FROM addresses WHERE line_1 = "AB DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT DOT
SELECT line_1 , line_2 FROM addresses
SELECT count(*) FROM COURSES
SELECT count(*) FROM COURSES
SELECT T1.course_description FROM courses AS T1 JOIN math AS T2 ON T1.course_id = T2.course_id WHERE T2.course_name = "Math"
SELECT course_description FROM courses WHERE course_name = "Math"
SELECT zip_postcode FROM addresses WHERE city = "Port Chelsea"
SELECT zip_postcode FROM Addresses WHERE city = "Port Chelsea"
SELECT T1.department_name , T1.department_id FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_name , T1.department_id FROM Departments AS T1 JOIN Degree_Programs AS T2 ON T1.department_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM departments AS T1 JOIN degree_programs AS T2 ON T1.department_id = T2.department_id WHERE T2.degree_program_id = 1
SELECT count(DISTINCT department_id) FROM degrees_programs
SELECT count(DISTINCT degree_summary_name) FROM degree_programs
SELECT count(DISTINCT degree_summary_name) FROM degrees_programs
SELECT count(*) FROM degrees_programs WHERE department_id = "Engineering"
SELECT count(*) FROM degrees_programs WHERE department_id = "Engineering"
SELECT section_name , section_description FROM Sections
SELECT section_name , section_description FROM Sections
SELECT T1.course_name , T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_id HAVING count(*) <= 2
SELECT T1.course_name , T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_id HAVING count(*) < 2
SELECT section_name FROM Sections ORDER BY section_name DESC
SELECT section_name FROM sections ORDER BY section_name DESC
SELECT semester_name , student_id FROM Student_Enrolment GROUP BY semester_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.semester_name , T1.semester_id FROM semesters AS T1 JOIN student_enrolment AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id ORDER BY count(*) DESC LIMIT 1
SELECT department_description FROM departments WHERE department_name LIKE '%computer%'
SELECT department_description FROM departments WHERE department_name LIKE '%computer%'
SELECT T1.student_id , T1.semester_id , T1.degree_program_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.semester_id = T2.semester_id GROUP BY T1.semester_id HAVING count(*) = 2
SELECT T2.student_id , T2.first_name , T2.middle_name , T2.last_name , T3.degree_program_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id WHERE T1.semester_id = 2
SELECT T1.first_name , T1.middle_name , T1.last_name FROM STUDENTS AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.degree_program_id = 'Bachelor'
SELECT T1.first_name , T1.middle_name , T1.last_name FROM STUDENTS AS T1 JOIN STUDENT_ENROLMENT AS T2 ON T1.student_id = T2.student_id WHERE T2.degree_program_id = 'Bachelor'
SELECT T1.degree_program_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_description FROM degrees_programs AS T1 JOIN student_enrolment AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T2.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id , T1.degree_summary_description FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_id = T2.student_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id , T2.degree_summary_name FROM Student_Enrolment AS T1 JOIN Degree_Programs AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT student_enrolment_id , student_id , count(*) FROM Student_Enrolment GROUP BY student_enrolment_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name , T1.middle_name , count(*) FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id GROUP BY T1.student_enrolment_id ORDER BY count(*) DESC LIMIT 1
SELECT semester_name FROM semesters WHERE semester_id NOT IN (SELECT semester_id FROM student_enrolment)
SELECT semester_name FROM semesters EXCEPT SELECT T1.semester_name FROM semesters AS T1 JOIN Student_Enrolment AS T2 ON T1.semester_id = T2.semester_id
SELECT T1.course_name FROM courses AS T1 JOIN student_enrolment_courses AS T2 ON T1.course_id = T2.course_id
SELECT T1.course_name FROM courses AS T1 JOIN student_enrolment_courses AS T2 ON T1.course_id = T2.course_id
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM courses AS T1 JOIN student_enrolment_courses AS T2 ON T1.course_id = T2.course_id GROUP BY T2.course_id ORDER BY count(*) DESC LIMIT 1
SELECT last_name FROM Students WHERE state_province_county = 'North Carolina' EXCEPT SELECT T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.degree_program_id NOT IN (SELECT degree_program_id FROM Student_Enrolment AS T3 ON T3.student_id = T2.student_id WHERE T3.state_province_county = 'North Carolina')
SELECT last_name FROM Students WHERE first_name != 'Nate' AND last_name != 'Nate' EXCEPT SELECT T1.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.degree_program_id NOT IN (SELECT degree_program_id FROM Student_Enrolment)
SELECT T1.transcript_date , T1.transcript_id FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT T1.transcript_date , T1.transcript_id FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT phone_number FROM addresses WHERE first_name = "Timmothy" AND last_name = "Ward"
SELECT cell_mobile_number FROM Students WHERE first_name = "Timmothy" AND last_name = "Ward"
SELECT T1.first_name , T1.middle_name , T1.last_name FROM STUDENTS AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id ORDER BY T2.student_id ASC LIMIT 1
SELECT T2.first_name , T2.middle_name , T2.last_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id
SELECT T2.first_name , T2.middle_name , T2.last_name FROM Students AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id ORDER BY T1.date_first_registered ASC LIMIT 1
SELECT T2.first_name , T2.middle_name , T2.last_name FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.current_address_id ORDER BY T1.line_1 ASC LIMIT 1
SELECT DISTINCT T2.first_name FROM Addresses AS T1 JOIN Sections AS T2 ON T1.address_id = T2.course_id JOIN Courses AS T3 ON T1.address_id = T3.course_id
SELECT DISTINCT T1.first_name FROM Addresses AS T1 JOIN Student_Enrolment AS T2 ON T1.address_id = T2.address_id WHERE T2.permanent_address_id != 'His' OR T2.current_address_id != 'His'
SELECT T1.address_id , T1.line_1 FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.current_address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.address_id , T1.line_1 , T1.line_2 FROM Addresses AS T1 JOIN Students AS T3 ON T1.address_id = T3.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id
SELECT avg(transcript_date) FROM transcripts
SELECT T1.transcript_date , T1.other_details FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id ORDER BY T1.transcript_date ASC LIMIT 1
SELECT T1.date_first_registered , T1.transcript_details FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id ORDER BY T2.transcript_date ASC LIMIT 1
SELECT count(*) FROM transcripts
SELECT count(*) FROM transcripts
SELECT T1.transcript_date FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id ORDER BY T1.transcript_date DESC LIMIT 1
SELECT transcript_date FROM transcripts ORDER BY transcript_date DESC LIMIT 1
SELECT count(*) , T1.course_id FROM Student_Enrolment AS T1 JOIN Transcript_Contents AS T2 ON T1.student_id = T2.student_id GROUP BY T1.course_id
SELECT max(T1.transcript_id) , count(*) FROM Transcript_Contents AS T1 JOIN Student_Enrolment AS T2 ON T1.student_course_id = T2.student_id GROUP BY T1.student_course_id
SELECT T2.transcript_date , T1.student_id FROM Transcript_Contents AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id GROUP BY T1.student_id ORDER BY count(*) ASC LIMIT 1
SELECT T1.date_first_registered , T1.transcript_id FROM transcripts AS T1 JOIN transcript_results AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id ORDER BY count(*) ASC LIMIT 1
SELECT semester_id FROM Student_Enrolment WHERE student_id = "Master" INTERSECT SELECT semester_id FROM Student_Enrolment WHERE student_id = "Bachelor"
SELECT semester_id FROM Student_Enrolment WHERE semester_id IN (SELECT semester_id FROM Student_Enrolment WHERE degree_program_id = "Master" INTERSECT SELECT semester_id FROM Student_Enrolment WHERE degree_program_id = "Bachelor")
SELECT count(DISTINCT T1.address_id) FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.current_address_id
SELECT DISTINCT T1.address_id FROM addresses AS T1 JOIN student_enrolment_courses AS T2 ON T1.address_id = T2.address_id JOIN students AS T3 ON T2.student_id = T3.student_id WHERE T3.current_address_id IN (SELECT DISTINCT T1.address_id FROM addresses AS T1 JOIN student_enrolment_courses AS T2 ON T1.address_id = T2.address_id JOIN students AS T3 ON T2.student_id = T3.student_id WHERE T3.current_address_id IN (SELECT DISTINCT T1.address_id FROM addresses AS T1 JOIN student_enrolment_courses AS T2 ON T1.address_id = T2.address_id JOIN students AS T3 ON T2.student_id = T3.student_id WHERE T3.current_address_id IN (SELECT DISTINCT T1.address_id FROM addresses AS T1 JOIN student_enrolment_courses AS T2 ON T1.address_id = T2.address_id
SELECT * FROM Student_Enrolment ORDER BY student_id
SELECT other_details FROM Student_Enrolment ORDER BY student_id
SELECT section_name FROM Sections WHERE section_id = 200000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
SELECT other_details FROM Sections WHERE section_name = "h"
SELECT first_name FROM STUDENTS WHERE permanent_address_id IN (SELECT T1.first_name FROM addresses AS T1 JOIN students AS T2 ON T1.address_id = T2.permanent_address_id WHERE T1.country = 'Haiti') UNION SELECT first_name FROM STUDENTS WHERE cell_mobile_number = '09700166582'
SELECT T1.first_name FROM STUDENTS AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.student_id IN (SELECT T1.permanent_address_id FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.permanent_address_id WHERE T2.first_name = 'Haïtien') UNION SELECT T1.first_name FROM STUDENTS AS T1 JOIN Student_Enrolment AS T2 ON T1.student_id = T2.student_id WHERE T2.student_id IN (SELECT T1.permanent_address_id FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.permanent_address_id WHERE T2.first_name = 'Haïtien')
SELECT title FROM Cartoon ORDER BY title
SELECT T1.title FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel ORDER BY T2.episode
SELECT T1.title FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel WHERE directed_by = "Ben Jones"
SELECT T2.title FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.channel = T2.channel WHERE T2.directed_by = "Ben Jones"
SELECT count(*) FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel WHERE T1.written_by = "Joseph Kuhr"
SELECT count(*) FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel WHERE T1.written_by = "Joseph Kuhr"
SELECT T2.title , T3.directed_by FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel JOIN TV_series AS T3 ON T2.channel = T3.channel ORDER BY T1.air_date
SELECT T2.title , T3.directed_by FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.channel = T2.channel JOIN TV_channel AS T3 ON T1.channel = T3.id ORDER BY T1.air_date
SELECT T2.title FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.channel = T2.channel WHERE T2.directed_by = "Ben Jones" OR T2.directed_by = "Brandon Vietti"
SELECT T2.title FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.channel = T2.channel WHERE T2.directed_by = "Ben Jones" OR T2.directed_by = "Brandon Vietti"
SELECT Country , COUNT(*) FROM TV_Channel GROUP BY Country ORDER BY COUNT(*) DESC LIMIT 1
SELECT country , count(*) FROM TV_channel GROUP BY country ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT series_name) , count(T2.channel) FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel GROUP BY T2.channel
SELECT count(*) , T1.series_name FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel
SELECT content FROM TV_channel WHERE series_name = "Sky Radio"
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.channel = T2.id WHERE T1.air_date = "Sky Radio"
SELECT Package_Option FROM TV_channel WHERE series_name = "Sky Radio"
SELECT Package_Option FROM TV_Channel WHERE series_name = "Sky Radio"
SELECT count(*) FROM TV_Channel WHERE Language = "English"
SELECT count(*) FROM TV_Channel WHERE Language = "english"
SELECT Language , COUNT(*) FROM TV_channel GROUP BY Language ORDER BY COUNT(*) ASC LIMIT 1
SELECT count(*) , language FROM TV_channel GROUP BY language ORDER BY count(*) ASC LIMIT 1
SELECT Language , COUNT(*) FROM TV_Channel GROUP BY Language
SELECT count(*) , language FROM TV_channel GROUP BY language
SELECT T1.series_name FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.title = "The Rise of the Blue Beetle"
SELECT T1.series_name FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.title = "The Rise of the Blue Beetle"
SELECT T2.Title FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T1.series_name = "Sky Radio"
SELECT T2.title FROM TV_channel AS T1 JOIN cartool AS T2 ON T1.id = T2.channel WHERE T1.series_name = "Sky Radio"
SELECT Episode FROM TV_series ORDER BY Rating
SELECT episode FROM TV_series ORDER BY Rating
SELECT T2.Episode , T1.Rating FROM TV_series AS T1 JOIN TV_series AS T2 ON T1.Channel = T2.Channel ORDER BY T1.Episode DESC LIMIT 3
SELECT T1.Episode , T2.Rating FROM TV_series AS T1 JOIN TV_series AS T2 ON T1.Channel = T2.Channel GROUP BY T2.Episode ORDER BY COUNT(*) DESC LIMIT 3
SELECT min(Share) , max(Share) FROM TV_series
SELECT max(Share) , min(Share) FROM TV_series
SELECT T2.Air_Date FROM TV_series AS T1 JOIN TV_series AS T2 ON T1.Channel = T2.Channel WHERE T1.Episode = "A Love of a Lifetime"
SELECT T1.Episode FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel WHERE T2.Title = "A Love of a Lifetime"
SELECT Weekly_Rank FROM TV_series WHERE Episode = "A Love of a Lifetime"
SELECT Weekly_Rank FROM TV_series WHERE Episode = "A Love of a Lifetime"
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T1.Episode = "A Love of a Lifetime"
SELECT T2.series_name FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.channel = T2.id WHERE T1.Episode = "A Love of a Lifetime"
SELECT T1.Episode FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.Channel = T2.id WHERE T2.Series_name = "Sky Radio"
SELECT episode FROM TV_series WHERE TV_series = "Sky Radio"
SELECT count(*) , T1.directed_by FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel GROUP BY T1.directed_by
SELECT T1.directed_by , count(*) FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel GROUP BY T1.directed_by
SELECT T1.production_code , T1.channel FROM Cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel ORDER BY T1.written_by DESC LIMIT 1
SELECT T2.Production_code , T2.Channel FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel ORDER BY T1.Weekly_Rank DESC LIMIT 1
SELECT T2.package_option , T3.series_name FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel JOIN series AS T3 ON T2.series_name = T3.series_name WHERE T1.high_definition_TV = "TV"
SELECT T2.package_option , T3.series_name FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel JOIN series AS T3 ON T2.series_name = T3.series_name WHERE T1.high_definition_TV = "18-49_TV"
SELECT T1.country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.written_by = 'Todd Casey'
SELECT T1.Country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.Written_by = "Todd Casey"
SELECT country FROM tv_channel EXCEPT SELECT T1.country FROM tv_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = 'Todd Casey'
SELECT country FROM Cartoon EXCEPT SELECT country FROM Cartoon WHERE directed_by = "Todd Casey"
SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones" INTERSECT SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Michael Chang"
SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones" INTERSECT SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Michael Chang"
SELECT Pixel_aspect_ratio_PAR , Country FROM TV_channel WHERE Language != "english"
SELECT Pixel_aspect_ratio_PAR , Country FROM TV_channel WHERE Language != "english"
SELECT T1.id FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel GROUP BY T1.id HAVING COUNT(*) > 2
SELECT id FROM TV_channel WHERE Series_name > 2
SELECT id FROM tv_channel EXCEPT SELECT T1.id FROM TV_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones"
SELECT id FROM TV_channel EXCEPT SELECT T1.id FROM TV_channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones"
SELECT package_option FROM tv_channel EXCEPT SELECT T1.package_option FROM tv_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones"
SELECT package_option FROM tv_channel EXCEPT SELECT T1.package_option FROM tv_channel AS T1 JOIN cartoon AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones"
SELECT count(*) FROM poker_player
SELECT count(*) FROM poker_player
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Final_Table_Made , Best_Finish FROM poker_player
SELECT Final_Table_Made , Best_Finish FROM poker_player
SELECT avg(Earnings) FROM poker_player
SELECT avg(Earnings) FROM poker_player
SELECT Best_Finish FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT Earnings FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT max(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT max(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made ASC
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made
SELECT T2.Birth_Date FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings ASC LIMIT 1
SELECT T2.Birth_Date FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings ASC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Height DESC LIMIT 1
SELECT T1.Money_Rank FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T2.Height DESC LIMIT 1
SELECT avg(Earnings) FROM poker_player WHERE Height > 200
SELECT avg(Earnings) FROM poker_player WHERE Height > 200
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY Earnings DESC
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY Earnings DESC
SELECT Nationality , COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality , COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Name , Birth_Date FROM people ORDER BY Name ASC
SELECT Name , Birth_Date FROM people ORDER BY Name ASC
SELECT Name FROM people WHERE Nationality != "Russia"
SELECT Name FROM people WHERE Nationality != "Russia"
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT state) FROM area_code_state
SELECT contestant_number , contestant_name FROM VOTES ORDER BY contestant_name DESC
SELECT vote_id , phone_number , state FROM VOTES
SELECT max(area_code) , min(area_code) FROM area_code_state
SELECT created FROM VOTES WHERE state = 'CA'
SELECT contestant_name FROM contestants WHERE contestant_name NOT IN (SELECT T1.contestant_name FROM contestants AS T1 JOIN votes AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.vote_id != "Jessie Alloway")
SELECT DISTINCT state , created FROM VOTES
SELECT T1.contestant_number , T1.contestant_name FROM contestants AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_number , T1.contestant_name FROM contestants AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T2.contestant_number ORDER BY count(*) ASC LIMIT 1
SELECT count(*) FROM votes WHERE state = 'NY' OR state = 'CA'
SELECT count(*) FROM contestants WHERE contestant_number NOT IN (SELECT contestant_number FROM VOTES)
SELECT T2.area_code FROM votes AS T1 JOIN area_code_state AS T2 ON T1.state = T2.state GROUP BY T1.state ORDER BY count(*) DESC LIMIT 1
SELECT T1.created , T1.state , T1.phone_number FROM votes AS T1 JOIN contestants AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Tabatha Gehling'
SELECT T1.area_code FROM area_code_state AS T1 JOIN VOTES AS T2 ON T1.state = T2.state WHERE T2.contestant_number = 'Tabatha Gehling' INTERSECT SELECT T1.area_code FROM area_code_state AS T1 JOIN VOTES AS T2 ON T1.state = T2.state WHERE T2.contestant_number = 'Kelly Clauss'
SELECT contestant_name FROM contestants WHERE contestant_name LIKE '%Al%'
SELECT name FROM country WHERE governmentform = 'Independent'
SELECT name FROM nation WHERE countryfounded > 1950
SELECT count(DISTINCT T1.name) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.governmentform = 'Republic'
SELECT count(*) FROM country WHERE governmentform = 'reg'
SELECT sum(surfacearea) FROM country WHERE region = 'Caribbean'
SELECT surfacearea FROM city WHERE countrycode = "Caribbean"
SELECT continent FROM country WHERE name = "Anguilla"
SELECT T1.name FROM country AS T1 JOIN city AS T2 ON T1.code = T2.countrycode WHERE T1.name = "Anguilla"
SELECT region FROM city WHERE name = 'Kabul'
SELECT region FROM country WHERE name = 'Kabul'
SELECT Language FROM countrylanguage WHERE isOfficial = 'Official' GROUP BY Language ORDER BY count(*) DESC LIMIT 1
SELECT language FROM country WHERE countrycode = 'Aruba' GROUP BY language ORDER BY count(*) DESC LIMIT 1
SELECT population , lifeexpectancy FROM country WHERE countrycode = 'Brazil'
SELECT Population , LifeExpectancy FROM country WHERE GovernmentForm = "Brazil"
SELECT region , population FROM city WHERE countrycode = "Angola"
SELECT T1.Region , T2.Population FROM country AS T1 JOIN city AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = "Angola"
SELECT avg(T1.Lifeexpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.region = "Central Africa"
SELECT avg(t1.lifeexpectancy) FROM country AS t1 JOIN city AS t2 ON t1.code = t2.countrycode WHERE t1.region = "Central Africa"
SELECT name FROM country WHERE lifeexpectancy = (SELECT min(lifeexpectancy) FROM country WHERE region = 'Asia')
SELECT t1.name FROM city AS t1 JOIN country AS t2 ON t1.countrycode = t2.code WHERE t2.population = (SELECT min(population) FROM country AS t1)
SELECT sum(GNPOld) , max(GNPOld) FROM country WHERE region = 'Asia'
SELECT * FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T1.country = 'Asia' AND T2.population = (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T1.country = 'United States')
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.isOfficial = 'Republic'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.region = "Africa"
SELECT sum(surfacearea) FROM country WHERE continent = 'Asia' INTERSECT SELECT sum(surfacearea) FROM country WHERE continent = 'Europe'
SELECT sum(surfacearea) FROM country WHERE region = 'Asia' OR region = 'Europe'
SELECT count(*) FROM city WHERE district = "Gelderland"
SELECT sum(population) FROM city WHERE district = "Gelderland"
SELECT avg(GNP) , sum(GNP) FROM country WHERE governmentform = 'United States'
SELECT avg(T1.GNPOld) , sum(T1.population) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.isOfficial = 'United States'
SELECT count(DISTINCT language) FROM countrylanguage
SELECT count(DISTINCT language) FROM countrylanguage
SELECT count(DISTINCT governmentform) FROM country WHERE continent = 'Africa'
SELECT count(DISTINCT governmentform) FROM country WHERE continent = 'Africa'
SELECT count(*) FROM countrylanguage AS T1 JOIN country AS T2 ON T1.countrycode = T2.code WHERE T2.name = 'Aruba'
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.name = "Aruba"
SELECT count(*) FROM country WHERE countrycode = 'Afghanistan'
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE countrycode = "Afghanistan"
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT continent FROM countrylanguage GROUP BY continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN city AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Continent ORDER BY COUNT(*) DESC LIMIT 1
SELECT count(*) FROM country WHERE isOfficial = 'English' INTERSECT SELECT count(*) FROM country WHERE isOfficial = 'Dutch'
SELECT count(*) FROM country WHERE isOfficial = 'Official' AND countrylanguage AS T1 JOIN country AS T2 ON T1.code = T2.countrycode WHERE T1.name = 'English' INTERSECT SELECT count(*) FROM country WHERE isOfficial = 'Official' AND countrylanguage AS T1 JOIN country AS T2 ON T1.code = T2.countrycode WHERE T1.name = 'Dutch'
SELECT name FROM country WHERE name LIKE "%English%" INTERSECT SELECT name FROM country WHERE name LIKE "%French%"
SELECT name FROM country WHERE name LIKE "%English%" INTERSECT SELECT name FROM country WHERE name LIKE "%French%"
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' INTERSECT SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'French'
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' INTERSECT SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'French'
SELECT count(DISTINCT continent) FROM country WHERE name LIKE "%Chinese%"
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Chinese'
SELECT region FROM city WHERE countrycode = 'English' OR countrycode = 'Dutch'
SELECT DISTINCT region FROM country WHERE name LIKE "%Dutch%" OR name LIKE "%English%"
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' OR T2.language = 'Dutch'
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' OR T2.language = 'Dutch'
SELECT language FROM countrylanguage WHERE isOfficial = 'Official' GROUP BY language ORDER BY count(*) DESC LIMIT 1
SELECT language FROM country WHERE nation = 'Asian' GROUP BY language ORDER BY count(*) DESC LIMIT 1
SELECT T1.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Republic = "Registan" GROUP BY T1.Language HAVING COUNT(*) = 1
SELECT T1.language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.governmentform = 'Republic'
SELECT name FROM city WHERE name LIKE "%English%" ORDER BY population DESC LIMIT 1
SELECT T1.Name FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code WHERE T2.Name = "English" GROUP BY T1.Name ORDER BY T2.Population DESC LIMIT 1
SELECT T1.name , T1.population , T1.lifeexpectancy FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.isOfficial = 'Asian' ORDER BY T2.area DESC LIMIT 1
SELECT name , population , lifeexpectancy FROM country WHERE countrycode = 'Asian' ORDER BY countrycode DESC LIMIT 1
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' EXCEPT SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Other'
SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' EXCEPT SELECT avg(T1.LifeExpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Other'
SELECT sum(t1.population) FROM country AS t1 JOIN countrylanguage AS t2 ON t1.code = t2.countrycode WHERE t2.language = "english"
SELECT count(*) FROM country WHERE countrycode NOT IN (SELECT countrycode FROM country WHERE language = 'english')
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = "Beatrix"
SELECT T1.OfficialName FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Name = "Beatrix"
SELECT count(DISTINCT T1.Language) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.isOfficial = 'Official' AND T2.year < 1930
SELECT count(DISTINCT country) FROM country WHERE isofficial = 'Official' AND countrycode = 'Code'
SELECT T1.name FROM city AS T1 JOIN country AS T2 ON T1.countrycode = T2.code WHERE T2.surfacearea > (SELECT max(surfacearea) FROM country AS T3 WHERE continent = 'Europe')
SELECT T1.name FROM city AS T1 JOIN country AS T2 ON T1.countrycode = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(area) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.area > (SELECT max(
SELECT T1.name FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN city AS T3 ON T1.countrycode = T3.countrycode WHERE T2.population < (SELECT min(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN city AS T3 ON T1.countrycode = T3.countrycode WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN city AS T3 ON T1.countrycode = T3.countrycode WHERE T2.population < (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN city AS T3 ON T1.countrycode = T3.countrycode WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN city AS T3 ON T1.
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS T3 ON T1.countrycode = T3.code WHERE T3.population < (SELECT min(population) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS T3 ON T1.countrycode = T3.code WHERE T3.population > (SELECT max(population) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS T3 ON T1.countrycode = T3.code WHERE T3.population < (SELECT max(population) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS T3 ON T1.countrycode = T3.code WHERE T3.population > (SELECT max(population) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS
SELECT T1.name FROM country AS T1 JOIN country AS T2 ON T1.code = T2.countrycode WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(
SELECT T1.name FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T1.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population) FROM country AS T1 JOIN country AS T2 ON T1.code = T2.code WHERE T2.population > (SELECT max(population
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language != "english"
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language != "english"
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English'
SELECT T1.Code , T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language != "english"
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN city AS T3 ON T1.code = T3.countrycode WHERE T2.language = 'English' EXCEPT SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN city AS T3 ON T1.code = T3.countrycode WHERE T2.language = 'Republic'
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' EXCEPT SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Republic'
SELECT name FROM city WHERE countrycode = 'European' EXCEPT SELECT T1.name FROM city AS T1 JOIN country AS T2 ON T1.countrycode = T2.countrycode WHERE T2.language = 'English'
SELECT name FROM city WHERE countrycode = 'Europe' AND language != 'English'
SELECT DISTINCT T1.name FROM city AS T1 JOIN country AS T2 ON T1.countrycode = T2.code WHERE T2.name = 'Asian'
SELECT DISTINCT name FROM city WHERE countrycode = 'Asia' INTERSECT SELECT DISTINCT name FROM city WHERE countrycode = 'Chinese'
SELECT Name , IndepYear , SurfaceArea FROM country ORDER BY Population ASC LIMIT 1
SELECT name , year , surfacearea FROM country ORDER BY population LIMIT 1
SELECT T1.population , T1.name , T2.HeadOfState FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T2.HeadOfState ORDER BY sum(T2.population) DESC LIMIT 1
SELECT name , population , headOfState FROM country ORDER BY area DESC LIMIT 1
SELECT T1.name , count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T1.name HAVING count(*) >= 3
SELECT count(*) , T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Name HAVING count(*) > 2
SELECT district , count(*) FROM city WHERE population > (SELECT avg(population) FROM city) GROUP BY district
SELECT district , count(*) FROM city WHERE population > (SELECT avg(population) FROM city) GROUP BY district
SELECT governmentform , sum(population) FROM country GROUP BY governmentform HAVING avg(population) > 72
SELECT governmentform , sum(population) FROM country GROUP BY governmentform HAVING avg(population) > 72
SELECT T1.continent , avg(T2.population) FROM country AS T1 JOIN city AS T2 ON T1.code = T2.countrycode WHERE T2.population < 72 GROUP BY T1.continent
SELECT T1.Continent , avg(T2.LifeExpectancy) FROM country AS T1 JOIN city AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Continent HAVING avg(T2.LifeExpectancy) < 72
SELECT name , area FROM country ORDER BY area DESC LIMIT 5
SELECT name , surfacearea FROM country ORDER BY population DESC LIMIT 5
SELECT name FROM country ORDER BY population DESC LIMIT 3
SELECT name FROM country ORDER BY population DESC LIMIT 3
SELECT name FROM country ORDER BY population LIMIT 3
SELECT name FROM country ORDER BY population LIMIT 3
SELECT count(*) FROM country WHERE region = 'Asia'
SELECT count(*) FROM country WHERE region = 'Asia'
SELECT T1.name FROM city AS T1 JOIN country AS T2 ON T1.countrycode = T2.code WHERE T2.Continent = "Europe" AND T2.Population > 80000
SELECT name FROM country WHERE countrycode = 'Europe' AND population = 80000
SELECT sum(population) , avg(surfacearea) FROM country WHERE continent = 'North America' AND countrycode = 'Code'
SELECT sum(T1.population) , avg(T1.surfacearea) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.region = "North America" AND T2.isOfficial = "Yes"
SELECT name FROM city WHERE population BETWEEN 160000 AND 900000
SELECT name FROM city WHERE population BETWEEN 160000 AND 900000
SELECT language FROM countrylanguage GROUP BY language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T2.Language ORDER BY count(*) DESC LIMIT 1
SELECT T2.Language , T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Name
SELECT T1.Name , T2.Language , count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T2.Language
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Spanish' GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Spanish'
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Spanish' GROUP BY T1.code ORDER BY count(*) DESC LIMIT 1
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'Spanish'
SELECT count(*) FROM conductor
SELECT count(*) FROM conductor
SELECT Name FROM conductor ORDER BY Age ASC
SELECT name FROM conductor ORDER BY age
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id ORDER BY T1.year_of_founded DESC
SELECT T2.Record_Company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID ORDER BY T1.Year_of_Founded DESC
SELECT avg(Attendance) FROM show
SELECT avg(Attendance) FROM show
SELECT max(Share) , min(Share) FROM performance WHERE TYPE != "Live final"
SELECT max(Share) , min(Share) FROM performance WHERE TYPE != "Live final"
SELECT count(DISTINCT Nationality) FROM conductor
SELECT count(DISTINCT Nationality) FROM conductor
SELECT name FROM conductor ORDER BY YEAR_OF_WORK DESC
SELECT Name FROM conductor ORDER BY Age DESC
SELECT name FROM conductor ORDER BY year_of_work DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Name , T1.Orchestra_ID FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID
SELECT T2.Name , T3.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID JOIN performance AS T3 ON T1.Orchestra_ID = T3.Orchestra_ID
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING COUNT(*) > 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING COUNT(*) > 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T2.Year_of_Founded > 2008
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.year_of_founded > 2008
SELECT T2.Record_Company , COUNT(*) FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T1.Orchestra_ID
SELECT record_company , count(*) FROM orchestra GROUP BY record_company
SELECT T2.record_format FROM performance AS T1 JOIN orchestra AS T2 ON T1.Orchestra_ID = T2.Orchestra_ID GROUP BY T1.Orchestra_ID ORDER BY count(*) ASC
SELECT major_record_format FROM orchestra ORDER BY major_record_format
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T2.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT record_company FROM orchestra GROUP BY record_company ORDER BY count(*) DESC LIMIT 1
SELECT Orchestra FROM orchestra WHERE Conductor_ID NOT IN (SELECT Orchestra_ID FROM performance)
SELECT Orchestra FROM orchestra WHERE Conductor_ID NOT IN (SELECT Orchestra_ID FROM performance)
SELECT DISTINCT record_company FROM orchestra WHERE YEAR_OF_Founded < 2003 INTERSECT SELECT DISTINCT record_company FROM orchestra WHERE YEAR_OF_Founded > 2003
SELECT record_company FROM orchestra WHERE YEAR_OF_Founded < 2003 INTERSECT SELECT record_company FROM orchestra WHERE YEAR_OF_Founded > 2003
SELECT count(*) FROM orchestra WHERE record_format = "CD" OR record_format = "DVD"
SELECT count(*) FROM orchestra WHERE record_format = "CD" OR record_format = "DVD"
SELECT T2.year_of_founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.orchestra_id = T2.orchestra_id GROUP BY T1.orchestra_id HAVING count(*) > 1
SELECT T1.year_of_founded FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id GROUP BY T1.year_of_founded HAVING count(*) > 1
SELECT count(*) FROM highschooler
SELECT count(*) FROM highschooler
SELECT name , grade FROM highschoolER
SELECT name , grade FROM highschoolER
SELECT DISTINCT grade FROM highschoolER
SELECT grade FROM highschoolER
SELECT grade FROM highschoolER WHERE name = 'Kyle'
SELECT grade FROM highschoolER WHERE name = 'Kyle'
SELECT name FROM highschoolER WHERE grade = 10
SELECT name FROM highschoolER WHERE grade = 10
SELECT id FROM highschoolER WHERE name = 'Kyle'
SELECT id FROM highschooler WHERE name = 'Kyle'
SELECT count(*) FROM highschoolER WHERE grade = 9 OR grade = 10
SELECT count(*) FROM highschoolER WHERE grade = 9 OR grade = 10
SELECT count(*) , grade FROM highschoolER GROUP BY grade
SELECT count(*) , grade FROM highschoolER GROUP BY grade
SELECT grade FROM highschoolER GROUP BY grade ORDER BY count(*) DESC LIMIT 1
SELECT grade FROM highschoolER GROUP BY grade ORDER BY count(*) DESC LIMIT 1
SELECT DISTINCT grade FROM highschoolER GROUP BY grade HAVING count(*) >= 4
SELECT grade FROM highschoolER GROUP BY grade HAVING count(*) >= 4
SELECT T1.id , count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id
SELECT count(*) , T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id
SELECT T1.name , count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id
SELECT count(*) , T1.name FROM highschoolER AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id
SELECT T1.name FROM highschoolER AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM highschoolER AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id HAVING count(*) >= 3
SELECT T1.name FROM highschoolER AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id HAVING count(*) >= 3
SELECT T2.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id WHERE T1.name = 'Kyle'
SELECT T2.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id WHERE T1.name = 'Kyle'
SELECT count(T2.friend_id) FROM highschooler AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id WHERE T1.name = 'Kyle'
SELECT count(DISTINCT T2.friend_id) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.ID = T2.friend_ID WHERE T1.name = "Kyle"
SELECT ID FROM Highschooler EXCEPT SELECT T1.id FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id
SELECT ID FROM HighschoolER EXCEPT SELECT T3.id FROM HighschoolER AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN student_id AS T3 ON T3.id = T2.id WHERE T2.student_id NOT IN (SELECT T3.id FROM HighschoolER AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN student_id AS T3 ON T3.id = T2.id WHERE T2.student_id NOT IN (SELECT T3.id FROM HighschoolER AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN student_id AS T3 ON T3.id = T2.id WHERE T2.student_id NOT IN (SELECT T3.id FROM HighschoolER AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN student_id AS T3 ON T3.id = T2.id WHERE T2.student_id NOT IN (SELECT T3.id FROM HighschoolER
SELECT name FROM highschoolER EXCEPT SELECT T3.name FROM HighschoolER AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN Highschooler AS T3 ON T1.id = T3.id
SELECT name FROM Highschooler EXCEPT SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id
SELECT T1.id FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.highschooler_id INTERSECT SELECT T3.id FROM highschooler AS T3 JOIN friends AS T4 ON T3.id = T4.friend_id
SELECT T2.id FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id INTERSECT SELECT T2.id FROM Highschooler AS T1 JOIN Likes AS T3 ON T1.id = T3.liked_id
SELECT T1.name FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.id JOIN friend AS T3 ON T2.friend_id = T3.friend_id WHERE T3.student_id IN (SELECT T4.student_id FROM highschooler AS T4 JOIN likes AS T5 ON T4.id = T5.id JOIN friend AS T6 ON T5.friend_id = T6.friend_id WHERE T6.student_id IN (SELECT T7.student_id FROM highschooler AS T7 JOIN likes AS T8 ON T7.id = T8.id JOIN friend AS T9 ON T9.friend_id = T8.friend_id WHERE T9.student_id IN (SELECT T1.student_id FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.id JOIN friend AS T3 ON T2.friend_id = T3.friend_id WHERE T3.student_id IN (SELECT T4.student_id FROM highschooler AS T4
SELECT T2.name FROM highschooler AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id INTERSECT SELECT T2.name FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id
SELECT count(*) , student_id FROM likes GROUP BY student_id
SELECT count(*) , student_id FROM likes GROUP BY student_id
SELECT T1.name , count(*) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id
SELECT T1.name , count(*) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id
SELECT T1.name FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.highschooler GROUP BY T2.highschooler ORDER BY count(*) DESC LIMIT 1
SELECT T2.name FROM likes AS T1 JOIN highschooler AS T2 ON T1.student_id = T2.id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id HAVING count(*) >= 2
SELECT T1.name FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id HAVING count(*) >= 2
SELECT T1.name FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T1.grade > 5 AND T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends AS T2 ON T1.id = T2.friend_id WHERE T2.student_id IN (SELECT T1.id FROM highschool AS T1 JOIN friends
SELECT T2.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id WHERE T1.grade > 5 AND T2.student_id IN (SELECT T2.id FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.id HAVING count(*) >= 2)
SELECT count(DISTINCT T2.liked_id) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id WHERE T1.name = 'Kyle'
SELECT count(DISTINCT T2.liked_id) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id WHERE T1.name = 'Kyle'
SELECT avg(grade) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = grade WHERE T2.liked_id IN (SELECT liked_id FROM likes AS T3 GROUP BY liked_id HAVING count(*) >= 1)
SELECT avg(grade) FROM highschooler AS T1 JOIN friends AS T2 ON T1.id = T2.student_id GROUP BY T2.student_id
SELECT min(grade) FROM highschooler WHERE ID NOT IN (SELECT T1.id FROM likes AS T1 JOIN highschool AS T2 ON T1.id = T2.id WHERE T2.student_id NOT IN (SELECT T1.id FROM friends AS T3 JOIN highschool AS T4 ON T3.student_id = T4.id WHERE T4.id NOT IN (SELECT T1.id FROM friends AS T5 JOIN highschool AS T6 ON T5.student_id = T6.id WHERE T6.id NOT IN (SELECT T1.id FROM friends AS T7 JOIN highschool AS T8 ON T7.student_id = T8.id WHERE T8.id NOT IN (SELECT T1.id FROM friends AS T9 JOIN highschool AS T10 ON T9.student_id = T10.id WHERE T10.id NOT IN (SELECT T1.id FROM friends AS T11 JOIN highschool AS T12 ON T11.student_id = T12.id WHERE T12.id NOT IN (SELECT T1.id FROM
SELECT min(grade) FROM highschooler WHERE ID NOT IN (SELECT student_id FROM likes)
SELECT state FROM owners INTERSECT SELECT state FROM professionals
SELECT state FROM owners INTERSECT SELECT state FROM professionals
SELECT avg(age) FROM dogs AS T1 JOIN treatments AS T2 ON T1.breed_code = T2.treatment_type_code WHERE T2.treatment_type_code IN ( SELECT treatment_type_code FROM treatments GROUP BY treatment_type_code )
SELECT avg(t1.age) FROM dogs AS t1 JOIN treatments AS t2 ON t1.breed_code = t2.treatment_type_code
SELECT T2.first_name , T2.last_name , T2.cell_number FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id WHERE T1.state = "Indiana" UNION SELECT T2.first_name , T2.last_name , T2.cell_number FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id WHERE T1.state = "United States" GROUP BY T2.first_name , T2.last_name , T2.cell_number HAVING count(*) > 2
SELECT T1.professional_id , T1.last_name , T1.cell_number FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code = "2" GROUP BY T1.professional_id HAVING count(*) > 2
SELECT T1.name FROM dogs AS T1 JOIN treatments AS T2 ON T1.breed_code = T2.treatment_type_code WHERE T1.owner_id != cost_of_treatment AND T2.cost_of_treatment > 1000
SELECT T1.name FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.first_name != "Husband" AND T2.last_name != "Daan"
SELECT first_name FROM professionals UNION SELECT first_name FROM owners EXCEPT SELECT T1.first_name FROM professionals AS T1 JOIN dogs AS T2 ON T1.professional_id = T2.owner_id
SELECT first_name FROM professionals UNION SELECT first_name FROM owners EXCEPT SELECT T1.first_name FROM professionals AS T1 JOIN dogs AS T2 ON T1.professional_id = T2.owner_id
SELECT T1.professional_id , T1.role_code , T1.email_address FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.role_code , T1.first_name , T1.last_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.owner_id , T1.first_name , T1.last_name FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id , T1.first_name , T1.last_name FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.professional_id , T1.role_code , T1.first_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.professional_id , T1.role_code , T1.first_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.breed_name FROM breeds AS T1 JOIN dogs AS T2 ON T1.breed_code = T2.breed_code GROUP BY T1.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.breed_name FROM breeds AS T1 JOIN dogs AS T2 ON T1.breed_code = T2.breed_code GROUP BY T1.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id , T2.last_name FROM owners AS T1 JOIN treatments AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY sum(T2.cost_of_treatment) DESC LIMIT 1
SELECT T2.owner_id , T3.last_name FROM Treatments AS T1 JOIN Dogs AS T2 ON T1.dog_id = T2.dog_id JOIN Owners AS T3 ON T3.owner_id = T2.owner_id GROUP BY T2.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.treatment_type_description FROM treatment_types AS T1 JOIN treatments AS T2 ON T1.treatment_type_code = T2.treatment_type_code ORDER BY T2.cost_of_treatment ASC LIMIT 1
SELECT T2.treatment_type_description FROM treatments AS T1 JOIN treatment_types AS T2 ON T1.treatment_type_code = T2.treatment_type_code GROUP BY T2.treatment_type_code ORDER BY sum(T1.cost_of_treatment) LIMIT 1
SELECT T1.owner_id , T1.zip_code FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id ORDER BY T2.weight DESC LIMIT 1
SELECT T1.owner_id , T1.zip_code FROM Owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY sum(T2.weight) DESC LIMIT 1
SELECT T1.professional_id , T1.cell_number FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T2.professional_id , T2.cell_number FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id GROUP BY T2.professional_id HAVING count(*) >= 2
SELECT T1.first_name , T1.last_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment < (SELECT avg(cost_of_treatment) FROM treatments)
SELECT T2.first_name , T2.last_name FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id JOIN Dogs AS T3 ON T1.dog_id = T3.dog_id WHERE T1.cost_of_treatment < (SELECT avg(cost_of_treatment) FROM Treatments)
SELECT T1.date_of_treatment , T2.first_name FROM treatments AS T1 JOIN professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.date_of_treatment , T2.first_name FROM treatments AS T1 JOIN professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.cost_of_treatment , T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT T1.cost_of_treatment , T2.treatment_type_description FROM Treatments AS T1 JOIN Treatment_Types AS T2 ON T1.treatment_type_code = T2.treatment_type_code
SELECT first_name , last_name , size_code FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name , T1.last_name , T2.size_code FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT first_name , last_name FROM owners INTERSECT SELECT T2.first_name , T2.last_name FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id
SELECT first_name , last_name FROM owners UNION SELECT T2.first_name , T2.last_name FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.name , T3.date_arrived FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id JOIN treatments AS T3 ON T2.treatment_type_code = T3.treatment_type_code WHERE T1.breed_code = (SELECT breed_code FROM Dogs GROUP BY breed_code ORDER BY count(*) DESC LIMIT 1)
SELECT T2.name , T1.date_arrived FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id GROUP BY T1.breed_code ORDER BY count(*) LIMIT 1
SELECT T2.first_name , T2.last_name FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.city = 'Virginia'
SELECT first_name , last_name FROM owners WHERE city = 'Virginia' INTERSECT SELECT T2.first_name , T2.last_name FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id WHERE T1.city = 'Virginia'
SELECT T1.date_arrived , T1.date_departed FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id
SELECT T1.date_arrived , T1.date_departed FROM Dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id
SELECT last_name FROM owners ORDER BY first_name LIMIT 1
SELECT T1.last_name FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id ORDER BY T2.age LIMIT 1
SELECT email_address FROM professionals WHERE state = "Hawaii" OR state = "Wisconsin"
SELECT email_address FROM professionals WHERE state = "Hawaii" OR state = "Wisconsin"
SELECT date_arrived , date_departed FROM Dogs
SELECT date_arrived , date_departed FROM Dogs
SELECT count(*) FROM dogs AS T1 JOIN treatments AS T2 ON T1.breed_code = T2.treatment_type_code WHERE T1.dog_id = T2.dog_id
SELECT count(*) FROM dogs AS T1 JOIN treatments AS T2 ON T1.breed_code = T2.treatment_type_code WHERE T2.treatment_type_code = "will"
SELECT count(*) FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id JOIN dogs AS T3 ON T2.dog_id = T3.dog_id
SELECT count(*) FROM professionals AS T1 JOIN dogs AS T2 ON T1.professional_id = T2.professional_id
SELECT T2.first_name , T2.last_name , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city , T1.state , T2.street , T1.city ,
SELECT T1.role_code , T1.street , T1.city , T1.state FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code LIKE "%West%"
SELECT first_name , last_name , email_address FROM owners WHERE state LIKE '%North%'
SELECT first_name , last_name , email_address FROM owners WHERE state LIKE '%North%'
SELECT count(*) FROM dogs WHERE age < (SELECT avg(age) FROM dogs)
SELECT count(*) FROM dogs WHERE age < (SELECT avg(age) FROM dogs)
SELECT cost_of_treatment FROM treatments ORDER BY date_of_treatment DESC LIMIT 1
SELECT T1.cost_of_treatment FROM treatments AS T1 JOIN treatments AS T2 ON T1.treatment_type_code = T2.treatment_type_code ORDER BY T2.date_of_treatment DESC LIMIT 1
SELECT count(*) FROM dogs WHERE owner_id NOT IN ( SELECT owner_id FROM Dogs )
SELECT count(*) FROM dogs WHERE owner_id NOT IN ( SELECT owner_id FROM treatments AS T1 JOIN dogs AS T2 ON T1.dog_id = T2.dog_id )
SELECT count(*) FROM owners WHERE owner_id NOT IN ( SELECT owner_id FROM dogs )
SELECT count(*) FROM owners WHERE owner_id NOT IN (SELECT owner_id FROM dogs)
SELECT count(*) FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code = 'Dog'
SELECT count(*) FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code = "Dog"
SELECT T2.name , T2.age , T2.weight FROM Dogs AS T1 JOIN Owners AS T2 ON T1.owner_id = T2.owner_id WHERE T1.abandoned_yn = 1 AND T1.age = 1
SELECT T1.name , T1.age , T1.weight FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id JOIN owners AS T3 ON T2.owner_id = T3.owner_id WHERE T3.first_name = "Doggie" AND T3.last_name != "Doggie"
SELECT avg(age) FROM dogs
SELECT avg(age) FROM dogs
SELECT age FROM dogs ORDER BY date_of_birth ASC LIMIT 1
SELECT date_of_birth FROM dogs ORDER BY date_of_birth ASC LIMIT 1
SELECT charge_type , sum(charge_amount) FROM charges GROUP BY charge_type
SELECT charge_type , sum(charge_amount) FROM charges GROUP BY charge_type
SELECT charge_type FROM charges ORDER BY charge_amount DESC LIMIT 1
SELECT charge_amount FROM charges ORDER BY charge_amount DESC LIMIT 1
SELECT email_address , cell_number , home_phone FROM professionals
SELECT email_address , cell_number , home_phone FROM professionals
SELECT T1.breed_name , T2.size_code FROM breeds AS T1 JOIN dogs AS T2 ON T1.breed_code = T2.breed_code
SELECT DISTINCT breed_type , size_code FROM dogs
SELECT T2.first_name , T2.last_name , T3.treatment_type_description FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id JOIN Dogs AS T3 ON T1.dog_id = T3.dog_id
SELECT T2.first_name , T2.treatment_type_description FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT count(*) FROM singer
SELECT count(*) FROM singer
SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Birth_Year , Citizenship FROM singer
SELECT Birth_Year , Citizenship FROM singer
SELECT Name FROM singer WHERE Citizenship != "France"
SELECT name FROM singer WHERE citizenship != 'France'
SELECT name FROM singer WHERE birth_year = 1948 OR birth_year = 1949
SELECT name FROM singer WHERE birth_year = 1948 OR birth_year = 1949
SELECT name FROM singer ORDER BY net_worth_Millions DESC LIMIT 1
SELECT Name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1
SELECT Citizenship , COUNT(*) FROM singer GROUP BY Citizenship
SELECT Citizenship , COUNT(*) FROM singer GROUP BY Citizenship
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship , max(Net_Worth_Millions) FROM singer GROUP BY Citizenship
SELECT citizenship , max(Net_Worth_Millions) FROM singer GROUP BY citizenship
SELECT T1.Title , T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID
SELECT T1.Title , T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID
SELECT DISTINCT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Sales > 300000
SELECT DISTINCT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Sales > 300000
SELECT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID HAVING COUNT(*) > 1
SELECT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID HAVING COUNT(*) > 1
SELECT T2.Name , sum(T1.Sales) FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID
SELECT T2.Name , sum(T1.Sales) FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T2.Name
SELECT name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)
SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id = t2.singer_id WHERE t2.name NOT IN (SELECT t1.name FROM song AS t1 JOIN singer AS t2 ON t1.singer_id
SELECT Citizenship FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955
SELECT Citizenship FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955
SELECT count(*) FROM Ref_Feature_Types
SELECT T1.feature_type_name FROM Ref_Feature_Types AS T1 JOIN Other_Available_Features AS T2 ON T1.feature_type_code = T2.feature_type_code WHERE T2.feature_name = "AirCon"
SELECT T1.property_type_description FROM Ref_Property_Types AS T1 JOIN Properties AS T2 ON T1.property_type_code = T2.property_type_code WHERE T2.property_type_code = 'Ref_Property_Types'
SELECT T2.property_name FROM Other_Property_Features AS T1 JOIN Properties AS T2 ON T1.property_id = T2.property_id JOIN Ref_Property_Types AS T3 ON T1.feature_id = T3.feature_id WHERE T2.room_count > 1
