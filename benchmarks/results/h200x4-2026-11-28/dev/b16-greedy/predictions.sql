SELECT count(*) FROM singer_in_concert
SELECT count(*) FROM singer_in_concert
SELECT name , country , age FROM singer ORDER BY age
SELECT T2.Name , T2.Country , T2.Age FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Age DESC
SELECT avg(age) , min(age) , max(age) FROM singer_in_concert WHERE country = "France"
SELECT avg(age) , min(age) , max(age) FROM singer_in_concert WHERE country = "French"
SELECT T2.Song_Name , T1.Year FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Age ASC LIMIT 1
SELECT T2.Song_Name , T1.Year FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Age ASC LIMIT 1
SELECT DISTINCT country FROM singer WHERE age > 20
SELECT DISTINCT country FROM singer WHERE age > 20
SELECT country , count(*) FROM singer GROUP BY country
SELECT country , count(*) FROM singer GROUP BY country
SELECT song_name FROM singer_in_concert WHERE age > (SELECT avg(age) FROM singer_in_concert)
SELECT song_name FROM singer_in_concert WHERE age > (SELECT avg(age) FROM singer_in_concert)
SELECT t1.location , t1.name FROM stadium AS t1 JOIN singer_in_concert AS t2 ON t1.stadium_id = t2.stadium_id WHERE t2.capacity BETWEEN 5000 AND 10000
SELECT LOCATION , name FROM station WHERE capacity BETWEEN 5000 AND 10000
SELECT max(capacity) , avg(average) FROM stadium
SELECT avg(capacity) , max(capacity) FROM stadium
SELECT name , capacity FROM stadium ORDER BY avg(atgtm) DESC LIMIT 1
SELECT name , capacity FROM stadium ORDER BY avg(attendance) DESC LIMIT 1
SELECT count(*) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT count(*) FROM concert WHERE YEAR = 2014 OR YEAR = 2015
SELECT T2.name , COUNT(*) FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id GROUP BY T1.stadium_id
SELECT count(*) , T1.name FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id GROUP BY T1.name
SELECT T2.name , T1.capacity FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.year = 2014 OR T2.year > 2014 GROUP BY T2.name ORDER BY count(*) DESC LIMIT 1
SELECT T2.name , T2.capacity FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year > 2013 GROUP BY T2.stadium_id ORDER BY count(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY count(*) DESC LIMIT 1
SELECT YEAR FROM concert GROUP BY YEAR ORDER BY COUNT(*) DESC LIMIT 1
SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)
SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert)
SELECT country FROM singer WHERE age > 40 INTERSECT SELECT country FROM singer WHERE age < 30
SELECT name FROM stadium EXCEPT SELECT T2.name FROM stadium AS T1 JOIN concert AS T2 ON T1.Stadium_ID = T2.Stadium_ID WHERE T1.year = 2014
SELECT name FROM stadium WHERE stadium_id NOT IN (SELECT stadium_id FROM concert WHERE YEAR = 2014)
SELECT T2.name , T1.theme , COUNT(*) FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_id = T2.concert_id GROUP BY T1.theme
SELECT T2.theme , T1.song_name , count(*) FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_id = T2.concert_id GROUP BY T1.song_name
SELECT T2.name , COUNT(*) FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_id = T2.concert_id GROUP BY T1.concert_id
SELECT T2.Name , COUNT(*) FROM singer_in_concert AS T1 JOIN concert AS T2 ON T1.concert_ID = T2.concert_ID GROUP BY T1.Name
SELECT T2.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID WHERE T1.year = 2014
SELECT T2.Name FROM concert AS T1 JOIN singer_in_concert AS T2 ON T1.concert_ID = T2.concert_ID WHERE T1.theme = "2014" AND T2.Song_Name = "My Way"
SELECT T2.name , T2.country FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Song_Name LIKE '%Hey%'
SELECT T2.Name , T2.Country FROM singer_in_concert AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Song_Name LIKE '%Hey%'
SELECT T2.name , T2.location FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2014 INTERSECT SELECT T2.name , T2.location FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2015
SELECT T2.name , T2.location FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2014 INTERSECT SELECT T2.name , T2.location FROM stadium AS T1 JOIN concert AS T2 ON T1.stadium_id = T2.stadium_id WHERE T1.year = 2015
SELECT count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT max(capacity) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT min(capacity) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT max(capacity) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT min(capacity) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT max(capacity) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT min(capacity) FROM
SELECT count(*) FROM concert AS T1 JOIN stadium AS T2 ON T1.stadium_id = T2.stadium_id WHERE T2.capacity = (SELECT max(capacity) FROM concert AS T3 FROM stadium AS T4 WHERE location = 'stadium_id')
SELECT count(*) FROM Pets WHERE pet_age > 10
SELECT count(*) FROM Pets WHERE pet_age > 10
SELECT min(weight) FROM Pets ORDER BY weight ASC LIMIT 1
SELECT sum(weight) FROM Pets WHERE pettype = "dog" AND weight < (SELECT min(weight) FROM Pets)
SELECT max(weight) , pettype FROM Pets GROUP BY pettype
SELECT pet_age , max(weight) , pettype FROM Pets GROUP BY pettype
SELECT count(*) FROM Pets WHERE pet_age > 20
SELECT count(*) FROM Pets WHERE pet_age > 20
SELECT count(*) FROM Pets WHERE pettype = "dog" AND sex = "F"
SELECT count(*) FROM Pets WHERE pettype = 'dog' AND sex = 'female'
SELECT count(DISTINCT pet_type) FROM Pets
SELECT count(DISTINCT pet_type) FROM Pets
SELECT T1.fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID WHERE T2.pettype = 'cat' OR T2.pettype = 'dog'
SELECT T1.fname FROM Student AS T1 JOIN Pets AS T2 ON T1.StuID = T2.StuID WHERE T2.pettype = 'cat' OR T2.pettype = 'dog'
SELECT T1.fname FROM Student AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "Cat" INTERSECT SELECT T1.fname FROM Student AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID WHERE T2.pet_age = "Dog"
SELECT T1.fname FROM Student AS T1 JOIN Pets AS T2 ON T1.StuID = T2.StuID WHERE T2.pettype = 'Cat' INTERSECT SELECT T1.fname FROM Student AS T1 JOIN Pets AS T2 ON T1.StuID = T2.StuID WHERE T2.pettype = 'Dog'
SELECT major , age FROM Student WHERE StuID NOT IN (SELECT petID FROM pets)
SELECT major , age FROM Student WHERE StuID NOT IN (SELECT petID FROM pets) AND student.sex = "M" AND student.age != "Cat"
SELECT StuID FROM Has_Pet EXCEPT SELECT PetID FROM Pets WHERE PetType = "Cat"
SELECT StuID FROM Has_Pet EXCEPT SELECT PetID FROM Pets WHERE PetType = "Cat"
SELECT fname , age FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet WHERE pettype = 'dog') EXCEPT SELECT StuID FROM Has_Pet WHERE pettype = 'cat'
SELECT T1.fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID WHERE T2.PetType = "Dog" EXCEPT SELECT T1.fname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID WHERE T2.PetType = "Cat"
SELECT pet_type , weight FROM Pets ORDER BY weight LIMIT 1
SELECT pet_age , weight FROM Pets ORDER BY pet_age LIMIT 1
SELECT petid , weight FROM Pets WHERE pettype = "pet" AND age > 1
SELECT petid , weight FROM Pets WHERE pettype = "petfood" AND age > 1
SELECT avg(pet_age) , max(pet_age) FROM Pets
SELECT avg(pet_age) , max(pet_age) FROM Pets
SELECT avg(weight) , pettype FROM Pets GROUP BY pettype
SELECT avg(weight) , pettype FROM Pets GROUP BY pettype
SELECT T1.fname , T1.age FROM Student AS T1 JOIN Pets AS T2 ON T1.StuID = T2.StuID WHERE T2.pettype = 'dog'
SELECT DISTINCT T1.fname , T1.age FROM Student AS T1 JOIN Pets AS T2 ON T1.StuID = T2.StuID
SELECT petid FROM Pets WHERE pet_age = (SELECT max(petage) FROM Pets)
SELECT petid FROM Pets WHERE pet_age = (SELECT max(petage) FROM Pets)
SELECT count(*) , T1.StuID FROM Pets AS T1 JOIN Has_Pet AS T2 ON T1.PetID = T2.PetID GROUP BY T1.StuID
SELECT petid , count(*) FROM Pets GROUP BY petid
SELECT T1.fname , T1.sex FROM Student AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.fname HAVING count(*) > 1
SELECT T1.fname , T1.sex FROM Student AS T1 JOIN Pets AS T2 ON T1.PetID = T2.PetID GROUP BY T1.fname HAVING count(*) > 1
SELECT T1.lname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID JOIN Pets AS T3 ON T2.PetID = T3.PetID WHERE T3.pet_age = 3
SELECT T1.lname FROM Student AS T1 JOIN Has_Pet AS T2 ON T1.StuID = T2.StuID WHERE T2.PetType = "Cat" AND T2.age >= 3
SELECT avg(age) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)
SELECT avg(age) FROM Student WHERE StuID NOT IN (SELECT StuID FROM Has_Pet)
SELECT count(*) FROM continents
SELECT count(*) FROM continents
SELECT continent , count(*) , continent FROM countries GROUP BY continent
SELECT continent , count(*) , countryname FROM continents GROUP BY continent
SELECT count(*) FROM countries
SELECT count(*) FROM countries
SELECT T1.maker , T2.id , count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker GROUP BY T1.maker
SELECT T1.fullname , T2.maker , count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker GROUP BY T2.maker
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker AND T1.model = T2.model GROUP BY T1.model ORDER BY avg(T1.horsepower) LIMIT 1
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker ORDER BY T2.horsepower LIMIT 1
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker GROUP BY T2.maker HAVING avg(T2.weight) < (SELECT avg(weight) FROM car_names)
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker WHERE T2.weight < (SELECT avg(T2.weight) FROM car_names AS T3 JOIN model_list AS T4 ON T3.makeid = T4.maker WHERE T4.model = "Car")
SELECT T1.make FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T2.year = 1970
SELECT T1.make , T1.maker FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker WHERE T2.model = "1970"
SELECT T1.make , T1.year FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker ORDER BY T2.year LIMIT 1
SELECT maker , YEAR FROM car_makers ORDER BY YEAR ASC LIMIT 1
SELECT DISTINCT model FROM car_models WHERE YEAR > 1980
SELECT DISTINCT model FROM car_names WHERE YEAR > 1980
SELECT T1.continent , count(*) FROM continents AS T1 JOIN car_names AS T2 ON T1.ContId = T2.MakeId GROUP BY T1.continent
SELECT T1.Continent , count(*) FROM countries AS T1 JOIN car_makers AS T2 ON T1.Continent = T2.Continent GROUP BY T1.Continent
SELECT T1.countryname FROM countries AS T1 JOIN car_names AS T2 ON T1.countryname = T2.makeid GROUP BY T2.makeid ORDER BY count(*) DESC LIMIT 1
SELECT T1.countryname FROM countries AS T1 JOIN car_names AS T2 ON T1.countryid = T2.makeid GROUP BY T2.makeid ORDER BY count(*) DESC LIMIT 1
SELECT T1.maker , count(*) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.maker = T2.maker GROUP BY T1.maker
SELECT T1.maker , T2.id , T1.fullname , T2.make , COUNT(*) FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.maker
SELECT T2.accelerate FROM car_makers AS T1 JOIN models_list AS T2 ON T1.make = T2.maker WHERE T1.model = "Hornet" AND T2.horsepower = "9.5"
SELECT avg(T2.accelerate) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker WHERE T1.model = "amc" AND T2.horsepower = "9"
SELECT count(*) FROM car_makers WHERE country = "France"
SELECT count(*) FROM car_makers WHERE country = "France"
SELECT count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid JOIN car_names AS T3 ON T3.makeid = T2.makeid WHERE T3.countryname = "usa"
SELECT count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid JOIN car_names AS T3 ON T1.model = T3.model WHERE T3.country = "United States"
SELECT avg(mpg) FROM cars_data WHERE MPG = 4
SELECT avg(mpg) FROM cars_data WHERE engine = "4"
SELECT min(weight) FROM car_names WHERE engine = "8" AND YEAR = 1974
SELECT min(weight) FROM car_names WHERE engine = "8" AND YEAR = 1974
SELECT maker , model FROM model_list
SELECT maker , model FROM model_list
SELECT T1.countryname , T1.make , T2.id FROM car_names AS T1 JOIN model_list AS T2 ON T1.make = T2.maker GROUP BY T2.maker HAVING count(*) >= 1
SELECT T1.countryname , T1.make , T2.id FROM countries AS T1 JOIN car_names AS T2 ON T1.countryname = T2.make
SELECT count(*) FROM cars_data WHERE horsepower > 150
SELECT count(*) FROM cars_data WHERE horsepower > 150
SELECT avg(weight) , YEAR FROM cars_data
SELECT avg(weight) , avg(YEAR) FROM car_names
SELECT T1.countryname FROM countries AS T1 JOIN car_makers AS T2 ON T1.countryid = T2.country WHERE T2.Fullname = "Car" AND T2.Manufacturer = "Europe" GROUP BY T1.countryname HAVING count(*) >= 3
SELECT T1.countryname FROM countries AS T1 JOIN continents AS T2 ON T1.Continent = T2.ContId WHERE T2.countryname = "Europe" GROUP BY T2.countryname HAVING count(*) >= 3
SELECT max(T2.horsepower) , T1.make FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T1.cylinders = 3
SELECT max(T1.horsepower) , T2.make FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker WHERE T1.cylinderes = 3
SELECT model FROM car_names GROUP BY model ORDER BY sum(mpg) DESC LIMIT 1
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker ORDER BY T2.mpg DESC LIMIT 1
SELECT avg(Horsepower) FROM cars_data WHERE YEAR < 1980
SELECT avg(Horsepower) FROM cars_data WHERE YEAR < 1980
SELECT avg(Edispl) FROM cars_data WHERE model = "Volvo"
SELECT avg(Edispl) FROM cars_data
SELECT max(Accelerate) , cylinders FROM car_makers GROUP BY cylinders
SELECT max(Accelerate) , cylinders FROM car_makers GROUP BY cylinders
SELECT model FROM car_names WHERE make = 'Cars' GROUP BY model ORDER BY count(*) DESC LIMIT 1
SELECT model FROM car_names GROUP BY model ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM cars_data WHERE engine = '4' GROUP BY car_names HAVING count(*) > 4
SELECT count(*) FROM cars_data WHERE MPG > 4
SELECT count(*) FROM cars_data WHERE YEAR = 1980
SELECT count(*) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.makeid = T2.makeid WHERE T1.year = 1980
SELECT count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker WHERE T1.make = "American Motor Company" AND T2.model = "Full Name"
SELECT count(*) FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.makeid WHERE T1.make = "American Motor Company"
SELECT T1.maker , T1.fullname FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.maker HAVING count(*) > 3
SELECT T1.make , T1.id FROM car_names AS T1 JOIN model_list AS T2 ON T1.make = T2.maker GROUP BY T1.make HAVING count(*) > 3
SELECT DISTINCT model FROM car_names WHERE make = "General Motors" OR engine = 3500
SELECT DISTINCT T1.model FROM car_makers AS T1 JOIN car_names AS T2 ON T1.id = T2.makeid WHERE T1.maker = "General Motors" OR T2.weight > 3500
SELECT YEAR FROM cars_data WHERE Horsepower < 3000 AND MPG < 3000
SELECT DISTINCT YEAR FROM cars_data WHERE MPG < 4000 INTERSECT SELECT DISTINCT YEAR FROM cars_data WHERE MPG > 3000
SELECT T2.Horsepower FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker AND T1.model = T2.model ORDER BY T1.accelerate DESC LIMIT 1
SELECT Horsepower FROM car_names ORDER BY accelerate DESC LIMIT 1
SELECT T1.cylinders FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker AND T1.model = T2.model WHERE T2.model = "Volvo" ORDER BY T2.accelerate LIMIT 1
SELECT T1.cylinders FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker AND T1.model = T2.model GROUP BY T1.model ORDER BY T2.accelerate LIMIT 1
SELECT count(*) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.makeid = T2.makeid WHERE T2.horsepower > T1.accelerate
SELECT count(*) FROM cars_data AS T1 JOIN car_names AS T2 ON T1.makeid = T2.makeid JOIN model_list AS T3 ON T1.model = T3.model WHERE T2.accelerate > T3.horsepower GROUP BY T2.makeid ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM car_makers GROUP BY count(*) HAVING count(*) > 2
SELECT count(*) FROM countries WHERE countryname > 2
SELECT count(*) FROM cars_data WHERE MPG > 6
SELECT count(*) FROM cars_data WHERE cylinder = 6
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker WHERE T2.model = "4" GROUP BY T2.maker ORDER BY avg(T2.horsepower) DESC LIMIT 1
SELECT T1.model FROM car_names AS T1 JOIN model_list AS T2 ON T1.makeid = T2.maker GROUP BY T1.model ORDER BY T2.horsepower DESC LIMIT 4
SELECT make , make FROM car_names GROUP BY make , make HAVING avg(horsepower) < (SELECT min(horsepower) FROM car_names)
SELECT make , model FROM car_names WHERE horsepower < 4
SELECT max(mpg) FROM car_makers WHERE engine = "8" OR YEAR < 1980
SELECT max(T2.mpg) FROM car_names AS T1 JOIN models AS T2 ON T1.makeid = T2.maker WHERE T1.cylinders >= 1980
SELECT model FROM car_names WHERE MPG < 3500 EXCEPT SELECT model FROM car_names WHERE make = 'Ford Motor Company'
SELECT DISTINCT model FROM car_names WHERE MPG < 3500 EXCEPT SELECT DISTINCT model FROM car_names WHERE make = "Ford"
SELECT countryname FROM countries EXCEPT SELECT countryname FROM car_names
SELECT countryname FROM countries EXCEPT SELECT countryname FROM car_names
SELECT T1.maker , T1.id FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.maker HAVING count(*) >= 2 INTERSECT SELECT T1.maker , T1.id FROM car_makers AS T1 JOIN model_list AS T2 ON T1.id = T2.maker GROUP BY T1.id HAVING count(*) > 3
SELECT T1.maker , T1.id FROM car_makers AS T1 JOIN models_list AS T2 ON T1.id = T2.maker GROUP BY T1.maker HAVING count(*) >= 2 INTERSECT SELECT T1.maker , T1.id FROM car_makers AS T1 JOIN car_names AS T2 ON T1.id = T2.makeid GROUP BY T1.maker HAVING count(*) > 3
SELECT T1.Country , T1.Make , T1.FullName FROM countries AS T1 JOIN car_names AS T2 ON T1.CountryId = T2.Make WHERE T2.Model = 'fiat' OR T1.Year > 3
SELECT T1.Country , T1.Make , T1.FullName FROM countries AS T1 JOIN car_names AS T2 ON T1.CountryId = T2.Make WHERE T2.Model = 'F' AND T2.FullName != 'Car'
SELECT Country FROM airlines WHERE Airline = "JetBlue Airways"
SELECT Country FROM airlines WHERE Airline = "Jetblue Airways"
SELECT Abbreviation FROM airlines WHERE Airline = "JetBlue Airways"
SELECT Abbreviation FROM airlines WHERE Airline = "Jetblue Airways"
SELECT Airline , Abbreviation FROM airlines WHERE Country = "USA"
SELECT Airline , Abbreviation FROM airlines WHERE Country = "USA"
SELECT AirportName , Country FROM Airports WHERE City = "Anthony"
SELECT T1.AirportName , T1.AirportCode FROM airlines AS T1 JOIN airports AS T2 ON T1.SourceAirport = T2.AirportCode WHERE T1.Abbreviation = "Anthony"
SELECT count(*) FROM airlines
SELECT count(*) FROM airlines
SELECT count(*) FROM airports
SELECT count(*) FROM airports
SELECT count(*) FROM flights
SELECT count(*) FROM flights
SELECT Airline FROM airlines WHERE Abbreviation = 'UAL'
SELECT Airline FROM airlines WHERE Abbreviation = 'UAL'
SELECT count(*) FROM airlines WHERE Country = "USA"
SELECT count(*) FROM airlines WHERE Country = "USA"
SELECT T2.City , T2.Country FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport
SELECT T2.city , T2.country FROM airports AS T1 JOIN flights AS T2 ON T1.airportcode = T2.destairport
SELECT AirportName FROM airports WHERE AirportName = 'AKO'
SELECT AirportName FROM airports WHERE AirportCode = 'AKO'
SELECT AirportName FROM Airports WHERE City = 'Aberdeen'
SELECT AirportName FROM Airports WHERE Country = "Aberdeen"
SELECT count(*) FROM flights WHERE DestAirport = 'APG'
SELECT count(*) FROM flights WHERE DestAirport = 'APG'
SELECT count(*) FROM flights WHERE DestAirport = "AirportCode" AND Country = "United"
SELECT count(*) FROM flights WHERE DestAirport = "ATO"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.city = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.AirportName = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.city = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.AirportName = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode JOIN flights AS T3 ON T1.DestAirport = T3.DestAirport WHERE T2.City = 'Aberdeen' AND T2.City = 'Ashley'
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.Country = "Aberdeen" INTERSECT SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.Country = "Ashley"
SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.SourceAirport = T2.AirportCode WHERE T2.Abbreviation = "JetBlue Airways"
SELECT count(*) FROM airlines WHERE Airline = "Jetblue Airways"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T1.Airline = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.Airline = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T1.Airline = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode WHERE T2.AirportName = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airlines AS T2 ON T1.SourceAirport = T2.AirportCode WHERE T2.Abbreviation = "United Airlines"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T1.Airline = "United Airlines"
SELECT T1.City FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport GROUP BY T1.City ORDER BY count(*) DESC LIMIT 1
SELECT T1.city FROM airports AS T1 JOIN flights AS T2 ON T1.airportcode = T2.destairport GROUP BY T2.destairport ORDER BY count(*) DESC LIMIT 1
SELECT DestAirport FROM flights GROUP BY DestAirport ORDER BY COUNT(*) DESC LIMIT 1
SELECT city FROM airports GROUP BY city ORDER BY count(*) DESC LIMIT 1
SELECT T1.AirportName FROM airports AS T1 JOIN flights AS T2 ON T1.AirportCode = T2.DestAirport GROUP BY T1.AirportName ORDER BY COUNT(*) DESC LIMIT 1
SELECT AirportName FROM flights GROUP BY AirportName ORDER BY COUNT(*) DESC LIMIT 1
SELECT AirportName FROM airports GROUP BY AirportName ORDER BY COUNT(*) LIMIT 1
SELECT AirportName FROM airports ORDER BY AirportCode ASC LIMIT 1
SELECT Airline FROM flights GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT Airline FROM flights GROUP BY Airline ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Abbreviation , T1.Country FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport GROUP BY T1.Abbreviation ORDER BY count(*) LIMIT 1
SELECT T1.Abbreviation , T1.Country FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode GROUP BY T1.DestAirport ORDER BY count(*) ASC LIMIT 1
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'HD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.SourceAirport = "AHD"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'HD'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.Destination = "AHD"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'APG' INTERSECT SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'CVO'
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.FlightNo = T2.AircraftID AND T1.Country = T1.Abbreviation WHERE T1.Abbreviation = "APG" INTERSECT SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.FlightNo = T2.AircraftID AND T1.Country = T1.Abbreviation WHERE T1.Abbreviation = "COVO"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'CVO' EXCEPT SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport WHERE T2.AirportCode = 'APG'
SELECT Airline FROM airlines WHERE Country = "United" EXCEPT SELECT Airline FROM airlines WHERE Country = "Commonwealth"
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.DestAirport = T2.DestAirport GROUP BY T1.Airline HAVING count(*) >= 10
SELECT T1.Airline FROM airlines AS T1 JOIN flights AS T2 ON T1.Airline = T2.DestAirport GROUP BY T1.Airline HAVING count(*) >= 10
SELECT Airline FROM airlines GROUP BY Airline HAVING COUNT(*) < 200
SELECT Airline FROM airlines GROUP BY Airline HAVING count(*) < 200
SELECT FlightNo FROM flights WHERE Airline = "United Airlines"
SELECT FlightNo FROM flights WHERE Airline = "United Airlines"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "APG"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT FlightNo FROM flights WHERE DestAirport = "Aberdeen"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.city = "Aberdeen" OR T2.city = "Abilene"
SELECT count(*) FROM flights AS T1 JOIN airports AS T2 ON T1.destairport = T2.airportcode WHERE T2.Country = "Aberdeen" OR T2.Country = "Abilene"
SELECT AirportName FROM airports EXCEPT SELECT T1.AirportName FROM flights AS T1 JOIN airports AS T2 ON T1.DestAirport = T2.AirportCode
SELECT AirportName FROM airports WHERE AirportCode NOT IN (SELECT AirportCode FROM flights)
SELECT count(*) FROM employee
SELECT count(*) FROM employee
SELECT Name FROM Employee ORDER BY Age ASC
SELECT Name , Age FROM Employee ORDER BY Age ASC
SELECT count(*) , city FROM employee GROUP BY city
SELECT count(*) , city FROM employee GROUP BY city
SELECT city FROM employee WHERE age > 30 GROUP BY city HAVING count(*) > 1
SELECT city FROM employee WHERE age > 30 GROUP BY city HAVING count(*) > 1
SELECT count(*) , LOCATION FROM shop GROUP BY LOCATION
SELECT count(*) , LOCATION FROM shop GROUP BY LOCATION
SELECT manager_name , district FROM shop ORDER BY number_products DESC LIMIT 1
SELECT T2.manager_name , T2.district FROM employee AS T1 JOIN hiring AS T2 ON T1.employee_id = T2.employee_id GROUP BY T2.manager_name ORDER BY count(*) DESC LIMIT 1
SELECT min(number_products) , max(number_products) FROM shop
SELECT min(Number_products) , max(Number_products) FROM shop
SELECT name , LOCATION , district FROM shop ORDER BY number_products DESC
SELECT name , LOCATION , district FROM shop ORDER BY number_products DESC
SELECT name FROM shop WHERE number_products > (SELECT avg(number_products) FROM shop)
SELECT name FROM shop WHERE number_products > (SELECT avg(number_products) FROM shop)
SELECT T2.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY SUM(T1.Awards) DESC LIMIT 1
SELECT T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T2.Bonus DESC LIMIT 1
SELECT T2.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID ORDER BY T1.Bonus DESC LIMIT 1
SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)
SELECT Name FROM employee WHERE Employee_ID NOT IN (SELECT Employee_ID FROM evaluation)
SELECT T2.name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Employee_ID ORDER BY count(*) DESC LIMIT 1
SELECT name FROM shop ORDER BY number_products DESC LIMIT 1
SELECT name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)
SELECT name FROM shop WHERE Shop_ID NOT IN (SELECT Shop_ID FROM hiring)
SELECT count(*) , T1.Name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Name
SELECT count(*) , T1.name FROM employee AS T1 JOIN hiring AS T2 ON T1.Employee_ID = T2.Employee_ID GROUP BY T1.Name
SELECT sum(Bonus) FROM evaluation
SELECT sum(bonus) FROM evaluation
SELECT * FROM hiring
SELECT * FROM hiring
SELECT district FROM shop WHERE number_products < 3000 INTERSECT SELECT district FROM shop WHERE number_products > 10000
SELECT district FROM shop WHERE number_products < 3000 INTERSECT SELECT district FROM shop WHERE number_products > 10000
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(DISTINCT LOCATION) FROM shop
SELECT count(*) FROM Documents
SELECT count(*) FROM Documents
SELECT document_id , document_name , document_description FROM Documents
SELECT document_id , document_name , document_description FROM Documents
SELECT document_name , template_id FROM Documents WHERE document_description LIKE '%w%'
SELECT document_name , template_id FROM Documents WHERE document_description LIKE '%w%'
SELECT document_id , template_id , description FROM Documents WHERE document_name = "Robbin CV"
SELECT document_id , template_id , description FROM Documents WHERE document_name = "Robbin CV"
SELECT count(DISTINCT T1.template_id) FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id
SELECT count(DISTINCT document_id) FROM Documents
SELECT count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Template_Type_Code = "PPT"
SELECT count(*) FROM Documents WHERE Document_Name = "PPT"
SELECT T1.template_id , count(*) FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.template_id
SELECT DISTINCT T1.template_id , count(*) FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id
SELECT T1.Template_ID , T1.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT T1.Template_ID , T1.Template_Type_Code FROM Documents AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.Template_ID ORDER BY count(*) DESC LIMIT 1
SELECT document_id FROM Documents GROUP BY document_id HAVING count(*) > 1
SELECT T1.template_id FROM Documents AS T1 JOIN Templates AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_id HAVING count(*) > 1
SELECT template_id FROM Templates WHERE template_type_code NOT IN (SELECT template_type_code FROM Ref_Template_Types)
SELECT template_id FROM Templates EXCEPT SELECT template_id FROM Documents
SELECT count(*) FROM Ref_Template_Types
SELECT count(*) FROM Ref_Template_Types
SELECT template_id , version_number , template_type_code FROM Ref_Template_Types
SELECT template_id , version_number , template_type_code FROM Ref_Template_Types
SELECT DISTINCT template_type_code FROM Ref_Template_Types
SELECT DISTINCT template_type_code FROM Ref_Template_Types
SELECT template_id FROM Ref_Template_Types WHERE template_type_code = "PP" OR template_type_code = "PPT"
SELECT T1.template_id FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Details = "PP" OR T2.Template_Details = "PPT"
SELECT count(*) FROM Ref_Template_Types WHERE template_type_code = "CV"
SELECT count(*) FROM Ref_Template_Types WHERE Template_Type_Code = "CV"
SELECT T1.version_number , T2.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T1.Template_ID > 5
SELECT T1.version_number , T2.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T1.version_number > 5
SELECT template_type_code , count(*) FROM Ref_Template_Types GROUP BY template_type_code
SELECT T1.template_type_code , count(*) FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code GROUP BY T1.template_type_code
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code GROUP BY T1.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code GROUP BY T1.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code GROUP BY T1.template_type_code HAVING count(*) < 3
SELECT template_type_code FROM Ref_Template_Types GROUP BY template_type_code HAVING count(*) < 3
SELECT min(Template_Type_Code) , Template_Type_Code FROM Ref_Template_Types ORDER BY min(Template_Type_Code) LIMIT 1
SELECT T1.template_type_code , T2.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code ORDER BY T2.Template_Type_Description LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Document_Name = "Data base"
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Document_Name = "Data base"
SELECT T1.document_name FROM Documents AS T1 JOIN Templates AS T2 ON T1.document_id = T2.template_id WHERE T2.template_type_code = "BK"
SELECT T1.document_name FROM Documents AS T1 JOIN Templates AS T2 ON T1.document_id = T2.document_id WHERE T2.template_type_code = "BK"
SELECT T1.template_type_code , count(*) FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.template_type_code
SELECT T1.template_type_code , count(*) FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID GROUP BY T1.template_type_code
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.template_id = T2.template_id GROUP BY T1.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code GROUP BY T1.template_type_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code EXCEPT SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.template_type_code = T2.template_type_code WHERE T2.Template_ID NOT IN (SELECT Template_ID FROM Documents)
SELECT T1.template_type_code , T1.template_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_ID = T2.Template_ID
SELECT T1.template_type_code , T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code
SELECT T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Details = "AD"
SELECT T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_ID = T1.Template_ID WHERE T1.Template_Type_Code = "AD"
SELECT template_type_code FROM Ref_Template_Types WHERE template_type_description = "Book"
SELECT T1.template_type_code FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Details = "Book"
SELECT DISTINCT T1.template_type_description FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.template_details = 'document'
SELECT DISTINCT T1.Template_Details FROM Ref_Template_Types AS T1 JOIN Documents AS T2 ON T1.Template_ID = T2.Template_ID WHERE T2.Document_Name = "document"
SELECT template_id FROM Ref_Template_Types WHERE template_type_description = "Presentation"
SELECT T1.Template_ID FROM Ref_Template_Types AS T1 JOIN Templates AS T2 ON T1.Template_Type_Code = T2.Template_Type_Code WHERE T2.Template_Details = "Presentation"
SELECT count(*) FROM paragraphs
SELECT count(*) FROM paragraphs
SELECT count(*) FROM Documents AS T1 JOIN paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Summer Show"
SELECT count(*) FROM Documents AS T1 JOIN paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T1.document_name = "Summer Show"
SELECT T1.paragraph_details FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id WHERE T2.document_text = "Korea"
SELECT T1.Paragraph_Text FROM paragraphs AS T1 JOIN documents AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name LIKE '%Korea%'
SELECT document_id , paragraph_text FROM paragraphs WHERE document_name = 'Welcome to NY'
SELECT document_id , paragraph_text FROM paragraphs WHERE document_name = "Welcome to NY"
SELECT T1.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name = "Customer reviews"
SELECT T1.paragraph_text FROM Documents AS T1 JOIN Paragraphs AS T2 ON T1.document_id = T2.document_id WHERE T2.document_name = "Customer reviews"
SELECT document_id , count(*) FROM paragraphs GROUP BY document_id
SELECT document_id , count(*) FROM paragraphs GROUP BY document_id ORDER BY count(*)
SELECT document_id , document_name , count(*) FROM Documents GROUP BY document_id
SELECT document_id , document_name , count(*) FROM Documents GROUP BY document_id
SELECT document_id FROM paragraphs GROUP BY document_id HAVING count(*) >= 2
SELECT document_id FROM paragraphs GROUP BY document_id HAVING count(*) >= 2
SELECT document_id , document_name FROM paragraphs GROUP BY document_id ORDER BY count(*) DESC LIMIT 1
SELECT document_id , document_name FROM paragraphs GROUP BY document_id ORDER BY count(*) DESC LIMIT 1
SELECT document_id FROM paragraphs GROUP BY document_id ORDER BY count(*) ASC LIMIT 1
SELECT document_id FROM paragraphs GROUP BY document_id ORDER BY count(*) ASC LIMIT 1
SELECT document_id FROM paragraphs WHERE paragraph_text = "1" INTERSECT SELECT document_id FROM paragraphs WHERE paragraph_text = "2"
SELECT document_id FROM paragraphs GROUP BY document_id HAVING count(*) BETWEEN 1 AND 2
SELECT document_id FROM Documents WHERE document_name = 'Brazil' INTERSECT SELECT document_id FROM Documents WHERE document_name = 'Ireland'
SELECT document_id FROM documents WHERE document_text LIKE '%Brazil%' AND document_text LIKE '%Ireland%'
SELECT count(*) FROM teacher
SELECT count(*) FROM teacher
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Name FROM teacher ORDER BY Age ASC
SELECT Age , Hometown FROM teacher
SELECT Age , Hometown FROM teacher
SELECT Name FROM teacher WHERE Hometown != 'Little Lever Urban District'
SELECT Name FROM teacher WHERE Hometown != 'Little Lever Urban District'
SELECT Name FROM teacher WHERE Age = 32 OR Age = 33
SELECT Name FROM teacher WHERE Age = 32 OR Age = 33
SELECT T2.Hometown FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Grade LIMIT 1
SELECT Name FROM teacher ORDER BY Age DESC LIMIT 1
SELECT T2.Name , count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT Hometown , count(*) FROM teacher GROUP BY Hometown
SELECT Hometown FROM teacher GROUP BY Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT Hometown FROM teacher GROUP BY Hometown ORDER BY COUNT(*) DESC LIMIT 1
SELECT Hometown FROM teacher GROUP BY Hometown HAVING COUNT(*) >= 2
SELECT T2.Hometown FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT T2.Name , T1.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID
SELECT T2.Name , T1.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID
SELECT T2.Name , T1.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Name
SELECT T2.Name , T1.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID ORDER BY T1.Name ASC
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID WHERE T1.Course = "Math"
SELECT Name FROM teacher WHERE Name = 'Math'
SELECT T2.Name , count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name , count(*) FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT T2.Name FROM course_arrange AS T1 JOIN teacher AS T2 ON T1.Teacher_ID = T2.Teacher_ID GROUP BY T1.Teacher_ID HAVING COUNT(*) >= 2
SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)
SELECT Name FROM teacher WHERE Teacher_ID NOT IN (SELECT Teacher_ID FROM course_arrange)
SELECT count(*) FROM visitor WHERE age < 30
SELECT name FROM visitor WHERE level_of_membership > 4 ORDER BY level_of_membership
SELECT avg(Age) FROM visitor WHERE LEVEL_of_membership > 4
SELECT T2.name , T1.level_of_membership FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_id = T2.ID WHERE T1.age > 4 ORDER BY T1.age
SELECT T1.Museum_ID , T1.Name FROM museum AS T1 JOIN visit AS T2 ON T1.Museum_ID = T2.Museum_ID GROUP BY T1.Museum_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT avg(Num_of_Staff) FROM museum WHERE Open_Year < 2009
SELECT open_year , num_of_staff FROM museum WHERE name = 'Plaza Museum'
SELECT name FROM museum WHERE num_of_staff > (SELECT min(num_of_staff) FROM museum WHERE open_year > 2010)
SELECT T1.id , T1.name , T1.age FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_id = T2.id GROUP BY T1.id HAVING count(*) > 1
SELECT T1.id , T1.name , T1.level_of_membership FROM visit AS T1 JOIN visitor AS T2 ON T1.visitor_id = T2.ID GROUP BY T1.id ORDER BY sum(T2.total_spent) DESC LIMIT 1
SELECT T1.id , T1.name FROM visit AS T1 JOIN museum AS T2 ON T1.museum_id = T2.museum_id GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT name FROM museum EXCEPT SELECT T1.name FROM museum AS T1 JOIN visit AS T2 ON T1.museum_id = T2.museum_id
SELECT T1.Name , T1.Age FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID GROUP BY T1.ID ORDER BY sum(T2.Total_spent) DESC LIMIT 1
SELECT avg(T1.Total_spent) , max(T1.Total_spent) FROM visit AS T1 JOIN visitor AS T2 ON T1.ID = T2.visitor_ID
SELECT sum(total_spent) FROM visitor WHERE LEVEL_of_membership = 1
SELECT T1.name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.Open_Year < 2009 INTERSECT SELECT T1.name FROM visitor AS T1 JOIN visit AS T2 ON T1.ID = T2.visitor_ID WHERE T2.Open_Year > 2011
SELECT count(*) FROM visitor WHERE ID NOT IN (SELECT visitor_ID FROM visit WHERE num_of_ticket > 2010)
SELECT count(*) FROM museum WHERE open_year > 2013 OR open_year < 2008
SELECT count(*) FROM ship WHERE id NOT IN ( SELECT T1.id FROM ship AS T1 JOIN battle AS T2 ON T1.lost_in_battle = T2.id WHERE T2.name = 'Captured' )
SELECT name , tonnage FROM ship ORDER BY name DESC
SELECT name , date , result FROM battle
SELECT max(T1.deadly) , min(T1.deadly) FROM death AS T1 JOIN ship AS T2 ON T1.caused_by_ship_id = T2.id GROUP BY T1.id
SELECT T1.caused_by_ship_id , avg(T2.injured) FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id
SELECT T1.caused_by_ship_id , T1.injury FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id WHERE T2.tended_by = 't'
SELECT T2.name , T1.result FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.bulgarian_commander != "Boril"
SELECT DISTINCT T1.id , T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.ship_type = 'Brig'
SELECT T1.id , T1.name FROM battle AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id HAVING count(*) > 10
SELECT T1.id , T1.name FROM ship AS T1 JOIN death AS T2 ON T1.id = T2.caused_by_ship_id GROUP BY T1.id ORDER BY sum(T2.injury) DESC LIMIT 1
SELECT DISTINCT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.latin_commander = 'Bulgarian' INTERSECT SELECT T1.name FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T2.latin_commander = 'Latin'
SELECT count(DISTINCT result) FROM battle
SELECT count(*) FROM battle WHERE id NOT IN ( SELECT battle FROM ship WHERE tonnage = '225' )
SELECT T2.name , T2.date FROM battle AS T1 JOIN ship AS T2 ON T1.id = T2.lost_in_battle WHERE T1.name = 'Lettice' AND T1.ship_type = 'HMS Atalanta'
SELECT name , latin_commander , bulgarian_commander FROM battle WHERE id NOT IN (SELECT battleID FROM ship WHERE name = 'English Channel')
SELECT note FROM death WHERE caused_by_ship_id LIKE '%East%'
SELECT address_id FROM addresses WHERE line_1 = '1st' AND line_2 = '2nd'
SELECT line_1 , line_2 FROM addresses
SELECT count(*) FROM Courses
SELECT count(*) FROM Courses
SELECT course_description FROM Courses WHERE course_name = "Math"
SELECT course_description FROM Courses WHERE course_name = "Math"
SELECT city FROM addresses WHERE city = "Port Chelsea"
SELECT zip_postcode FROM Addresses WHERE city = "Port Chelsea"
SELECT department_name , department_id FROM Degree_Programs GROUP BY department_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.department_name , T1.department_id FROM Courses AS T1 JOIN Departments AS T2 ON T1.course_id = T2.department_id GROUP BY T1.department_id ORDER BY count(*) DESC LIMIT 1
SELECT count(*) FROM departments WHERE department_name = "degree_programs"
SELECT count(DISTINCT department_id) FROM Departments
SELECT count(DISTINCT degree_name) FROM Courses
SELECT count(DISTINCT degree_summary_name) FROM Courses
SELECT count(*) FROM DEGREES_Programs WHERE department_id = "Engineering"
SELECT count(*) FROM DEGREES WHERE department_id = "Engineering"
SELECT T1.section_name , T1.section_description FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id
SELECT T1.section_name , T1.section_description FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id
SELECT T1.course_name , T1.course_id FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_id HAVING count(*) <= 2
SELECT course_name , course_id FROM Sections GROUP BY course_id HAVING count(*) < 2
SELECT section_name FROM Sections ORDER BY section_name
SELECT section_name FROM Sections ORDER BY section_name ASC
SELECT semester_name , student_id FROM Student_Enrolment GROUP BY semester_id ORDER BY count(*) DESC LIMIT 1
SELECT semester_name , student_id FROM Student_Enrolment GROUP BY semester_id ORDER BY count(*) DESC LIMIT 1
SELECT department_description FROM departments WHERE department_name LIKE '%computer%'
SELECT department_description FROM departments WHERE department_name LIKE "%computer%"
SELECT T1.first_name , T1.middle_name , T1.last_name , T1.degree_program_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.semester_id = T2.semester_id WHERE T2.course_id IN (SELECT T1.course_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.semester_id = T2.semester_id WHERE T2.course_name = "2 degree programs")
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.semester_id = T2.semester_id WHERE T2.course_id IN (SELECT T1.course_id FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.semester_id = T2.semester_id WHERE T2.course_name = '2' )
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id WHERE T2.degree_program_id = "BBA"
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id WHERE T2.degree_program_id = "Bachelors"
SELECT student_kind FROM Student_Enrolment GROUP BY student_kind ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id GROUP BY T1.student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_program_id , T1.semester_id FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.degree_summary_name , T1.degree_program_id FROM Degree_Programs AS T1 JOIN Students AS T2 ON T1.degree_program_id = T2.degree_program_id GROUP BY T1.degree_program_id ORDER BY count(*) DESC LIMIT 1
SELECT student_id , student_enrolment_id , count(*) FROM Student_Enrolment GROUP BY student_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id GROUP BY T1.student_enrolment_id ORDER BY count(*) DESC LIMIT 1
SELECT semester_name FROM SEMINARS EXCEPT SELECT semester_name FROM Student_Enrolment
SELECT semester_name FROM SEMESTRS EXCEPT SELECT semester_name FROM Student_Enrolment
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 ON T1.course_id = T2.course_id
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 ON T1.course_id = T2.course_id
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.course_name FROM Courses AS T1 JOIN Student_Enrolment AS T2 ON T1.course_id = T2.course_id GROUP BY T1.course_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.last_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T2.state_province_county = "North Carolina" EXCEPT SELECT T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id WHERE T2.state_province_county = "United States"
SELECT last_name FROM Students WHERE first_name != 'NCT' AND last_name != 'North Carolina'
SELECT T1.transcript_date , T1.transcript_id FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT T1.transcript_date , T1.transcript_id FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T1.transcript_id HAVING count(*) >= 2
SELECT phone_number FROM Addresses WHERE line_1 LIKE "%Timmothy%" AND line_1 LIKE "%Ward%"
SELECT T1.cell_mobile_number FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T2.first_name = "Timmothy" AND T2.last_name = "Ward"
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student AS T2 ON T1.student_id = T2.student_id ORDER BY T2.first_name , T2.middle_name , T2.last_name
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student AS T2 ON T1.student_id = T2.student_id WHERE T2.first_name = "T1.student_id"
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Graduate_Programs AS T1 JOIN Students AS T2 ON T1.degree_program_id = T2.graduate_program_id ORDER BY T2.date_first_registered LIMIT 1
SELECT T1.first_name , T1.middle_name , T1.last_name FROM Student_Enrolment AS T1 JOIN Student_Enrolment_Courses AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id ORDER BY T2.student_enrolment_date LIMIT 1
SELECT DISTINCT T1.first_name FROM Addresses AS T1 JOIN Students AS T2 ON T1.address_id = T2.permanent_address_id
SELECT T1.first_name FROM Student_Enrolment AS T1 JOIN Student ON T1.student_id = T1.student_id WHERE T1.permanent_address_id != T2.permanent_address_id
SELECT T1.address_id , T1.line_1 FROM addresses AS T1 JOIN student_enrolment AS T2 ON T1.address_id = T2.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.address_id , T1.line_1 , T1.line_2 FROM addresses AS T1 JOIN student_enrolment AS T2 ON T1.address_id = T2.address_id GROUP BY T1.address_id ORDER BY count(*) DESC LIMIT 1
SELECT avg(T1.transcript_date) FROM transcripts AS T1 JOIN transcript_contents AS T2 ON T1.transcript_id = T2.transcript_id WHERE T2.transcript_name = "Transcripts"
SELECT avg(transcript_date) FROM Transcript_Contents
SELECT T1.transcript_date , T1.transcript_date FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id ORDER BY T2.transcript_date ASC LIMIT 1
SELECT T1.transcript_date , T2.date_left FROM Transcript_Contents AS T1 JOIN Transcripts AS T2 ON T1.transcript_id = T2.transcript_id ORDER BY T2.date_left DESC LIMIT 1
SELECT count(*) FROM transcripts
SELECT count(*) FROM transcripts
SELECT transcript_date FROM Transcript_Contents ORDER BY transcript_date ASC LIMIT 1
SELECT transcript_date FROM Transcript_Contents ORDER BY transcript_date ASC LIMIT 1
SELECT count(*) , T1.course_id FROM Student_Enrolment AS T1 JOIN Transcript_Contents AS T2 ON T1.student_enrolment_id = T2.student_enrolment_id GROUP BY T1.course_id
SELECT max(T1.course_id) , T2.transcript_id FROM Transcript_Contents AS T1 JOIN Student_Enrolment AS T2 ON T1.transcript_id = T2.transcript_id GROUP BY T2.transcript_id
SELECT transcript_date FROM Transcript_Contents ORDER BY count(*) ASC LIMIT 1
SELECT transcript_date , transcript_id FROM Transcript_Contents ORDER BY count(*) ASC LIMIT 1
SELECT semester_id FROM Student_Enrolment WHERE student_id IN (SELECT student_id FROM Student_Enrolment WHERE degree_program_id = 'Master' INTERSECT SELECT student_id FROM Student_Enrolment WHERE degree_program_id = 'Bachelor' )
SELECT T1.semester_id FROM Semester AS T1 JOIN Student_Enrolment AS T2 ON T1.semester_id = T2.semester_id WHERE T2.student_id IN (SELECT T3.student_id FROM Student_Enrolment AS T3 JOIN Student_Enrollment AS T4 ON T3.degree_program_id = T4.degree_program_id WHERE T4.student_enrolment_id IN (SELECT T5.student_id FROM Student_Enrollment AS T5 JOIN Student_Enrolment_Courses AS T6 ON T6.student_enrolment_id = T6.student_enrolment_id WHERE T6.degree_program_id IN (SELECT T7.student_id FROM Student_Enrollment AS T7 JOIN Student_Enrolment_Courses AS T8 ON T7.degree_program_id = T8.student_enrolment_id WHERE T8.degree_program_id IN (SELECT T9.student_id FROM Student_Enrollment AS T9 JOIN Student_Enrolment_Courses AS T10 ON T10.degree
SELECT count(DISTINCT address_id) FROM Students
SELECT DISTINCT T1.address_id FROM addresses AS T1 JOIN student_enrolment AS T2 ON T1.address_id = T2.address_id
SELECT * FROM Student_Enrolment ORDER BY Student_Enrolment_ID
SELECT other_details FROM Student_Enrolment ORDER BY Student_id
SELECT T1.section_name FROM Courses AS T1 JOIN Sections AS T2 ON T1.course_id = T2.course_id WHERE T2.section_name = "h"
SELECT section_description FROM Sections WHERE section_name = "h"
SELECT T1.first_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T2.country = "Haiti" OR T2.cell_mobile_number = "09700166582"
SELECT T1.first_name FROM Student_Enrolment AS T1 JOIN Students AS T2 ON T1.student_id = T2.student_id WHERE T2.permanent_address_id = "Haiti" OR T1.student_id = 09700166582
SELECT T2.Title FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.Channel = T2.Channel ORDER BY T1.Episode
SELECT T2.Title FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel ORDER BY T1.Episode
SELECT directed_by FROM cartoon WHERE directed_by = "Ben Jones"
SELECT T2.title FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.id WHERE T1.directed_by = "Ben Jones"
SELECT count(*) FROM Cartoon AS T1 JOIN TV_series AS T2 ON T1.Channel = T2.Channel WHERE T1.Title = "Joseph Kuhr"
SELECT count(*) FROM Cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.channel WHERE T1.written_by = "Joseph Kuhr"
SELECT title , directed_by FROM cartoon ORDER BY "18_49_Rating_Share"
SELECT T2.title , T1.directed_by FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.id ORDER BY T1.air_date
SELECT T2.title FROM cartoon AS T1 JOIN TV_series AS T2 ON T1.channel = T2.id WHERE T1.directed_by = "Ben Jones" OR T1.directed_by = "Brandon Vietti"
SELECT T2.title FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.channel = T2.channel WHERE T1.directed_by = "Ben Jones" OR T1.directed_by = "Brandon Vietti"
SELECT Country , count(*) FROM TV_channel GROUP BY Country ORDER BY count(*) DESC LIMIT 1
SELECT Country , count(*) FROM TV_channel GROUP BY Country ORDER BY count(*) DESC LIMIT 1
SELECT count(DISTINCT series_name) , sum(contents) FROM TV_channel
SELECT count(DISTINCT series_name) , count(contents) FROM TV_channel
SELECT T2.Content FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T1.serial_name = "Sky Radio"
SELECT T2.content FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.channel = T2.id WHERE T1.series_name = "Sky Radio"
SELECT Package_Option FROM TV_Channel WHERE serial_name = "Sky Radio"
SELECT Package_Option FROM TV_channel WHERE series_name = "Sky Radio"
SELECT count(*) FROM TV_channel WHERE Language = "English"
SELECT count(*) FROM TV_channel WHERE Language = "English"
SELECT Language , COUNT(*) FROM TV_Channel GROUP BY Language ORDER BY COUNT(*) ASC LIMIT 1
SELECT LANGUAGE , count(*) FROM TV_channel GROUP BY LANGUAGE ORDER BY count(*) ASC LIMIT 1
SELECT Language , count(*) FROM TV_channel GROUP BY Language
SELECT count(*) , LANGUAGE FROM TV_channel GROUP BY LANGUAGE
SELECT T1.channel FROM TV_series AS T1 JOIN TV_Channel AS T2 ON T1.channel = T2.id JOIN Cartoon AS T3 ON T3.channel = T2.id WHERE T3.title = "The Rise of the Blue Beetle!"
SELECT T1.series_name FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.Directed_by = "The Rise of the Blue Beetle"
SELECT T2.Title FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T1.series_name = "Sky Radio"
SELECT T2.title FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T1.series_name = "Sky Radio"
SELECT Episode FROM TV_series ORDER BY Rating
SELECT Episode FROM TV_series ORDER BY Rating
SELECT Episode , Rating FROM TV_series ORDER BY Rating DESC LIMIT 3
SELECT Episode , Rating FROM TV_series ORDER BY Rating DESC LIMIT 3
SELECT min(Share) , max(Share) FROM TV_series
SELECT max(Share) , min(Share) FROM TV_series
SELECT T1.Air_Date FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.Channel = T2.id WHERE T2.Episode = "A Love of a Lifetime"
SELECT Episode FROM TV_series WHERE Rating = "18_49_Rating_Share"
SELECT Weekly_Rank FROM TV_series WHERE Episode = "A Love of a Lifetime"
SELECT Weekly_Rank FROM TV_series WHERE Episode = "A Love of a Lifetime"
SELECT T1.channel FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.channel = T2.id WHERE T2.Episode = "A Love of a Lifetime"
SELECT T1.episode FROM TV_series AS T1 JOIN TV_channel AS T2 ON T1.channel = T2.id WHERE T2.series_name = "A Love of a Lifetime"
SELECT Episode FROM TV_series WHERE Channel = "Sky Radio"
SELECT episode FROM TV_series WHERE title = "Sky Radio"
SELECT count(*) , T1.Directed_by FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel WHERE T2.Directed_by = 1
SELECT T1.Directed_by , count(*) FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel GROUP BY T1.Directed_by
SELECT T1.Production_code , T1.Channel FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel ORDER BY T2.Episode DESC LIMIT 1
SELECT T1.Produdction_code , T2.Channel FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel ORDER BY T2.Weekly_Rank DESC LIMIT 1
SELECT T2.Package_Option , T1.series_name FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T1.High_definition_TV = "18_49_Rating_Share"
SELECT package_option , series_name FROM TV_series WHERE High_definition_TV = 'TV'
SELECT T1.Country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.written_by = "Todd Casey"
SELECT T1.Country FROM TV_series AS T1 JOIN Cartoon AS T2 ON T1.Channel = T2.Channel WHERE T2.Directed_by = "Todd Casey"
SELECT country FROM TV_channel EXCEPT SELECT T1.country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.Directed_by = "Todd Casey"
SELECT Country FROM Cartoon EXCEPT SELECT Country FROM Cartoon WHERE Directed_by = "Todd Casey"
SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones" INTERSECT SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Michael Chang"
SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Ben Jones" INTERSECT SELECT T1.series_name , T1.country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.directed_by = "Michael Chang"
SELECT T1.pixel_aspect_ratio_PAR , T1.Nation FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T2.language = "english"
SELECT T1.pixel_aspect_ratio_PAR , T2.Country FROM TV_channel AS T1 JOIN TV_series AS T2 ON T1.id = T2.channel WHERE T1.language = "english"
SELECT tv_channel FROM TV_channel WHERE Country > (SELECT COUNT(*) FROM tv_channel WHERE Country = "United Kingdom") GROUP BY tv_channel HAVING COUNT(*) > 2
SELECT tv_channel FROM TV_channel GROUP BY tv_channel HAVING count(*) > 2
SELECT id FROM TV_channel EXCEPT SELECT T1.id FROM TV_channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.channel
SELECT id FROM TV_channel EXCEPT SELECT T1.id FROM TV_channel AS T1 JOIN Cartoon AS T2 ON T1.id = T2.channel
SELECT package_option FROM TV_channel EXCEPT SELECT package_option FROM Cartoon
SELECT package_option FROM TV_channel EXCEPT SELECT package_option FROM Cartoon
SELECT count(*) FROM poker_player
SELECT count(*) FROM poker_player
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Earnings FROM poker_player ORDER BY Earnings DESC
SELECT Final_Table_Made , Best_Finish FROM poker_player
SELECT Final_Table_Made , Best_Finish FROM poker_player
SELECT avg(Earnings) FROM poker_player
SELECT avg(Earnings) FROM poker_player
SELECT Best_Finish FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT Money_Rank FROM poker_player ORDER BY Earnings DESC LIMIT 1
SELECT max(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT max(Final_Table_Made) FROM poker_player WHERE Earnings < 200000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID WHERE T1.Earnings > 300000
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made ASC
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Final_Table_Made
SELECT Birth_Date FROM poker_player ORDER BY Earnings ASC LIMIT 1
SELECT Birth_Date FROM poker_player ORDER BY Earnings ASC LIMIT 1
SELECT max(Money_Rank) FROM poker_player
SELECT Best_Finish FROM poker_player ORDER BY Height DESC LIMIT 1
SELECT avg(Earnings) FROM poker_player WHERE Height > 200
SELECT avg(Earnings) FROM poker_player WHERE Height > 200
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY Earnings DESC
SELECT T2.Name FROM poker_player AS T1 JOIN people AS T2 ON T1.People_ID = T2.People_ID ORDER BY T1.Earnings DESC
SELECT Nationality , COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality , COUNT(*) FROM people GROUP BY Nationality
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality ORDER BY COUNT(*) DESC LIMIT 1
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Nationality FROM people GROUP BY Nationality HAVING COUNT(*) >= 2
SELECT Name , Birth_Date FROM people ORDER BY Name ASC
SELECT Name , Birth_Date FROM people ORDER BY Name
SELECT Name FROM people WHERE Nationality != "Russia"
SELECT Name FROM people WHERE Nationality != "Russia"
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT Name FROM people WHERE People_ID NOT IN (SELECT People_ID FROM poker_player)
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT Nationality) FROM people
SELECT count(DISTINCT state) FROM state
SELECT contestant_number , contestant_name FROM VOTES ORDER BY contestant_name DESC
SELECT vote_id , phone_number , state FROM VOTES
SELECT max(area_code) , min(area_code) FROM area_code_state
SELECT T1.created FROM votes AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.state = 'CA'
SELECT T1.contestant_name FROM contestants AS T1 JOIN votes AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.phone_number != "Jessie Alloway"
SELECT DISTINCT T1.state , T2.created FROM votes AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number
SELECT T1.contestant_number , T1.contestant_name FROM VOTES AS T1 JOIN CONTESTANTS AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number HAVING count(*) >= 2
SELECT T1.contestant_number , T1.contestant_name FROM contestants AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number GROUP BY T1.contestant_number ORDER BY count(*) ASC LIMIT 1
SELECT count(*) FROM VOTES WHERE state = 'NY' OR state = 'CA'
SELECT count(*) FROM VOTES WHERE contestant_number NOT IN (SELECT contestant_number FROM contestants)
SELECT T1.area_code_state FROM area_code_state AS T1 JOIN VOTES AS T2 ON T1.state = T2.state GROUP BY T1.area_code ORDER BY count(*) DESC LIMIT 1
SELECT T1.created , T1.state , T1.phone_number FROM votes AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Tabatha Gehling'
SELECT T1.area_code FROM votes AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Tabatha Gehling' INTERSECT SELECT T1.area_code FROM votes AS T1 JOIN VOTES AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name = 'Kelly Clauss'
SELECT T1.contestant_name FROM votes AS T1 JOIN contestants AS T2 ON T1.contestant_number = T2.contestant_number WHERE T2.contestant_name LIKE '%Al%'
SELECT Name FROM country WHERE GovernmentForm = 'Independent' AND Population > 1950
SELECT Name FROM country WHERE GovernmentForm = 'Federal' AND CountryCode = 1950
SELECT count(*) FROM country WHERE governmentform = 'Republic'
SELECT count(*) FROM country WHERE governmentform = 'Republic'
SELECT sum(SurfaceArea) FROM countrylanguage WHERE region = 'Caribbean'
SELECT sum(surfacearea) FROM country WHERE countrycode = "Carribean"
SELECT continent FROM country WHERE countrycode = "Anguilla"
SELECT name FROM country WHERE countrycode = "Anguilla"
SELECT Region FROM city WHERE CountryCode = "Kabul"
SELECT Region FROM city WHERE CountryCode = "Kabul"
SELECT Language FROM countrylanguage WHERE countrycode = "Aruba" GROUP BY Language ORDER BY count(*) DESC LIMIT 1
SELECT Language FROM countrylanguage WHERE CountryCode = "Aruba"
SELECT Population , LifeExpectancy FROM country WHERE CountryCode = "Brazil"
SELECT Population , LifeExpectancy FROM country WHERE CountryCode = "Brazil"
SELECT Region , Population FROM country WHERE CountryCode = "Angola"
SELECT Region , Population FROM country WHERE CountryCode = "Angola"
SELECT avg(T2.Lifeexpectancy) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.region = "Central Africa"
SELECT avg(Lifeexpectancy) FROM city WHERE CountryCode = "Central Africa"
SELECT Name FROM country WHERE LifeExpectancy = (SELECT min(LifeExpectancy) FROM country)
SELECT Name FROM country WHERE Region = 'Asia' ORDER BY LifeExpectancy ASC LIMIT 1
SELECT sum(GNP) , max(GNP) FROM city WHERE CountryCode = "Asia"
SELECT count(*) , GNP FROM country WHERE countrycode = "Asia" GROUP BY countrycode ORDER BY count(*) DESC LIMIT 1
SELECT avg(Lifeexpectancy) FROM country WHERE countrycode = 'Republic'
SELECT avg(Lifeexpectancy) FROM country WHERE countrycode = 'Republic'
SELECT sum(surfacearea) FROM country WHERE continent = 'Asia' INTERSECT SELECT sum(surfacearea) FROM country WHERE continent = 'Europe'
SELECT sum(SurfaceArea) FROM country WHERE countrycode = 'Asia' OR countrycode = 'Europe'
SELECT count(*) FROM city WHERE district = "Gelderland"
SELECT sum(population) FROM city WHERE district = 'Gelderland'
SELECT avg(GNP) , sum(population) FROM countrylanguage WHERE GovernmentForm = 'U.S.'
SELECT avg(GNP) , sum(GNP) FROM countrylanguage WHERE countrycode = "USA"
SELECT count(DISTINCT language) FROM countrylanguage
SELECT count(DISTINCT language) FROM countrylanguage
SELECT count(DISTINCT governmentform) FROM country WHERE countrycode = 'Africa'
SELECT count(DISTINCT governmentform) FROM countrylanguage WHERE countrycode = 'Africa'
SELECT count(*) FROM countrylanguage WHERE countrycode = 'Aruba'
SELECT count(DISTINCT language) FROM countrylanguage WHERE countrycode = 'Aruba'
SELECT count(DISTINCT language) FROM countrylanguage WHERE countrycode = "Afghanistan"
SELECT count(DISTINCT language) FROM countrylanguage WHERE countrycode = "Afghanistan"
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T1.name ORDER BY count(*) DESC LIMIT 1
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT DISTINCT continent FROM countrylanguage GROUP BY continent ORDER BY count(*) DESC LIMIT 1
SELECT T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Continent ORDER BY COUNT(*) DESC LIMIT 1
SELECT count(*) FROM country WHERE isofficial = 'English' INTERSECT SELECT count(*) FROM country WHERE isofficial = 'Dutch'
SELECT count(*) FROM country WHERE isOfficial = 'English' INTERSECT SELECT count(*) FROM country WHERE isOfficial = 'Dutch'
SELECT Name FROM countrylanguage WHERE Language = "English" INTERSECT SELECT Name FROM countrylanguage WHERE Language = "French"
SELECT Name FROM country WHERE isOfficial = 'English' INTERSECT SELECT Name FROM country WHERE isOfficial = 'French'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language = "English" INTERSECT SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Language = "French"
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = "English" INTERSECT SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = "French"
SELECT count(DISTINCT continent) FROM country WHERE isOfficial = 'Chinese'
SELECT count(DISTINCT continent) FROM countrylanguage WHERE language = "Chinese"
SELECT Region FROM country WHERE isOfficial = 'English' OR isOfficial = 'Dutch'
SELECT DISTINCT Region FROM country WHERE countrycode = 'Dutch' OR countrycode = 'English'
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' OR T2.language = 'Dutch'
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = 'English' OR T2.language = 'Dutch'
SELECT Language FROM countrylanguage WHERE countrycode = 'Asian' GROUP BY Language ORDER BY count(*) DESC LIMIT 1
SELECT Language FROM countrylanguage WHERE isOfficial = 'Asian' GROUP BY Language ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.GovernmentForm = 'Republic' GROUP BY T1.Language
SELECT T1.language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN country AS T3 ON T2.countrycode = T3.code WHERE T3.GovernmentForm = 'Republic'
SELECT city FROM city WHERE Population LIKE "%English%"
SELECT Population FROM city WHERE GovernmentForm = "English" GROUP BY city ORDER BY Population DESC LIMIT 1
SELECT name , population , expected life expectancy FROM country WHERE countrycode = 'Asian' ORDER BY area DESC LIMIT 1
SELECT name , population , lifeexpectancy FROM country WHERE countrycode = 'Asian' ORDER BY countrycode LIMIT 1
SELECT avg(LifeExpectancy) FROM country WHERE isOfficial = 'English'
SELECT avg(Lifeexpectancy) FROM country WHERE isOfficial = 'English'
SELECT count(*) FROM country WHERE countrycode != 'country' AND isofficial = 'English'
SELECT count(*) FROM country WHERE countrycode NOT IN (SELECT countrycode FROM countrylanguage WHERE language = 'english')
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.HeadOfState = "Beatrix"
SELECT T2.Language FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN city AS T3 ON T1.code = T3.countrycode WHERE T3.HeadOfState = "Beatrix"
SELECT count(DISTINCT countrylanguage.countrycode) FROM countrylanguage AS t1 JOIN country AS t2 ON t1.countrycode = t2.countrycode WHERE t1.isofficer < 1930
SELECT count(DISTINCT T1.Name) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.isOfficial = 'Official' AND T2.language = T2.language WHERE T1.countryname = 'City'
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T2.Language = "english" AND T1.SurfaceArea > (SELECT max(SurfaceArea) FROM countrylanguage WHERE Region = "europe")
SELECT T1.name FROM city AS T1 JOIN country AS T2 ON T1.code = T2.code JOIN countrylanguage AS T3 ON T2.countrycode = T3.countrycode WHERE T2.region = "Europe" AND T3.isOfficial = "null"
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.population < (SELECT min(population) FROM countrylanguage AS T2)
SELECT T1.name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode JOIN city AS T3 ON T1.code = T3.code WHERE T3.population < (SELECT min(population) FROM country)
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Population > (SELECT max(Population) FROM countrylanguage WHERE CountryCode = "Asian")
SELECT T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode WHERE T1.Population > (SELECT max(Population) FROM countrylanguage AS T3 ON T3.CountryCode = T2.CountryCode WHERE T3.Asia = 'Africa')
SELECT CountryCode FROM country WHERE CountryCode != 'country' EXCEPT SELECT CountryCode FROM countrylanguage WHERE Language != 'english'
SELECT CountryCode FROM country WHERE CountryCode != 'country' EXCEPT SELECT CountryCode FROM countrylanguage WHERE Language != 'english'
SELECT T1.Code2 FROM country LANGUAGE AS T1 JOIN countrylanguage AS T2 ON T1.Code2 = T2.CountryCode WHERE T1.IsOfficial = 'English'
SELECT countrycode FROM countrylanguage WHERE isofficial = 'English'
SELECT T1.code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode EXCEPT SELECT T3.code FROM country AS T3 JOIN countrylanguage AS T4 ON T3.code = T4.countrycode WHERE T3.isOfficial = 'Republic'
SELECT T1.Code FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode EXCEPT SELECT T3.Code FROM country AS T3 JOIN countrylanguage AS T4 ON T3.Code = T4.CountryCode WHERE T3.IsOfficial = 'Republic'
SELECT city FROM city WHERE countrycode = 'Europe' AND language != 'English'
SELECT Name FROM city WHERE CountryCode = "Europe" AND Language != "english"
SELECT DISTINCT T1.name FROM city AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T2.language = "Chinese" AND T1.isofficio = "Yes"
SELECT DISTINCT name FROM city WHERE countrycode = 'Asia' INTERSECT SELECT name FROM city WHERE language = 'Chinese'
SELECT Name , IndepYear , SurfaceArea FROM country ORDER BY Population ASC LIMIT 1
SELECT Name , Population , IndepYear FROM country ORDER BY Population ASC LIMIT 1
SELECT T2.Population , T1.Name , T1.HeadOfState FROM city AS T1 JOIN country AS T2 ON T1.Code = T2.Code GROUP BY T1.Code ORDER BY Area DESC LIMIT 1
SELECT T2.Name , T1.Population , T1.HeadOfState FROM city AS T1 JOIN country AS T2 ON T1.CountryCode = T2.Code GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Name , COUNT(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Code HAVING COUNT(*) >= 3
SELECT T1.Name , count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Name HAVING count(*) > 2
SELECT district , count(*) FROM city WHERE population > (SELECT avg(population) FROM city) GROUP BY district
SELECT district , count(*) FROM city WHERE population > (SELECT avg(population) FROM city) GROUP BY district
SELECT T1.governmentform , sum(T2.population) FROM country LANGUAGE AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode WHERE T1.ageingover72 GROUP BY T1.governmentform
SELECT sum(T1.Population) , T2.GovernmentForm FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T2.GovernmentForm HAVING avg(T1.LifeExpectancy) > 72
SELECT avg(T2.LifeExpectancy) , T1.Continent FROM country AS T1 JOIN countrylanguage AS T2 ON T1.code = T2.countrycode GROUP BY T1.Continent HAVING avg(T1.Population) < 72
SELECT DISTINCT continent , avg(population) , avg(lifeexpectancy) FROM country GROUP BY continent HAVING avg(population) < 72
SELECT Name , SurfaceArea FROM country ORDER BY Area DESC LIMIT 5
SELECT name , surfacearea FROM country ORDER BY name DESC LIMIT 5
SELECT Name FROM country ORDER BY Population DESC LIMIT 3
SELECT Name FROM country ORDER BY Population DESC LIMIT 3
SELECT Name FROM country ORDER BY Population LIMIT 3
SELECT Name FROM country GROUP BY Name ORDER BY Population LIMIT 3
SELECT count(*) FROM country WHERE countrycode = 'Asia'
SELECT count(*) FROM country WHERE countrycode = 'Asia'
SELECT Name FROM country WHERE Continent = 'Europe' AND Population = 80000
SELECT Name FROM country WHERE CountryCode = "Europe" INTERSECT SELECT Name FROM countrylanguage WHERE Language = "english"
SELECT sum(population) , avg(surfacearea) FROM country WHERE continent = 'North America' AND countrycode = 'country' GROUP BY countrycode HAVING countrycode LIKE 'North America%'
SELECT sum(population) , avg(surfacearea) FROM country WHERE countrycode = 'North America' AND surfacearea > 3000
SELECT city FROM city WHERE Population BETWEEN 160000 AND 900000
SELECT Name FROM city WHERE Population BETWEEN 160000 AND 900000
SELECT Language FROM countrylanguage ORDER BY Percentage DESC LIMIT 1
SELECT Language FROM countrylanguage GROUP BY Language ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Language , T1.Name FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T1.Code , T1.Language , count(*) FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code = T2.CountryCode GROUP BY T1.Code
SELECT count(*) FROM country WHERE countrycode = "Spanish" GROUP BY countrycode ORDER BY percentage DESC LIMIT 1
SELECT count(*) FROM country WHERE isOfficial = 'Spanish' GROUP BY countrylanguage ORDER BY count(*) DESC LIMIT 1
SELECT T1.Code2 FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code2 = T2.CountryCode WHERE T1.isOfficial = 'Spanish' GROUP BY T1.Code2 ORDER BY percentage DESC LIMIT 1
SELECT T1.Code2 FROM country AS T1 JOIN countrylanguage AS T2 ON T1.Code2 = T2.CountryCode WHERE T1.isOfficial = 'Spanish'
SELECT count(*) FROM conductor
SELECT count(*) FROM conductor
SELECT Name FROM conductor ORDER BY Age ASC
SELECT Name FROM conductor ORDER BY Age
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT Name FROM conductor WHERE Nationality != "USA"
SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id ORDER BY T1.year_of_founded DESC
SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id ORDER BY T1.year_of_founded DESC
SELECT avg(Attendance) FROM show
SELECT avg(Attendance) FROM show
SELECT max(Share) , min(Share) FROM performance WHERE TYPE != "Live final"
SELECT max(Share) , min(Share) FROM performance WHERE TYPE = "Live final"
SELECT count(DISTINCT Nationality) FROM conductor
SELECT count(DISTINCT Nationality) FROM conductor
SELECT name FROM conductor ORDER BY YEAR_OF_WORK DESC
SELECT Conductor_ID FROM conductor ORDER BY YEAR_OF_WORK DESC
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Work = (SELECT max(Year_of_Work) FROM conductor)
SELECT Conductor_ID FROM conductor ORDER BY YEAR_OF_WORK DESC LIMIT 1
SELECT T2.Name , T1.Conductor_ID FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID
SELECT T2.Name , T1.Conductor_ID FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING COUNT(*) > 1
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID HAVING COUNT(*) > 1
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T1.Conductor_ID ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.conductor_id = T2.conductor_id WHERE T1.year_of_founded > 2008
SELECT T2.Name FROM conductor AS T1 JOIN orchestra AS T2 ON T1.Conductor_ID = T2.Conductor_ID WHERE T1.Year_of_Founded > 2008
SELECT record_company , count(*) FROM orchestra GROUP BY record_company
SELECT T1.record_company , count(*) FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id GROUP BY T1.record_company
SELECT record_format FROM orchestra ORDER BY record_company ASC
SELECT record_company FROM orchestra ORDER BY record_company
SELECT T2.Name FROM orchestra AS T1 JOIN conductor AS T2 ON T1.Conductor_ID = T2.Conductor_ID GROUP BY T2.Name ORDER BY COUNT(*) DESC LIMIT 1
SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id GROUP BY T2.record_company ORDER BY count(*) DESC LIMIT 1
SELECT Orchestra FROM orchestra WHERE Orchestra_ID NOT IN (SELECT Orchestra_ID FROM performance)
SELECT orchestra_id FROM orchestra EXCEPT SELECT T1.orchestra FROM orchestra AS T1 JOIN performance AS T2 ON T1.orchestra_id = T2.orchestra_id
SELECT T1.record_company FROM orchestra AS T1 JOIN performance AS T2 ON T1.orchestra_id = T2.orchestra_id WHERE T2.date > 2003 INTERSECT SELECT T1.record_company FROM orchestra AS T1 JOIN show AS T2 ON T1.orchestra_id = T2.orchestra_id WHERE T2.date < 2003
SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id WHERE T1.year_of_founded < 2003 INTERSECT SELECT T2.record_company FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id WHERE T1.year_of_founded > 2003
SELECT count(*) FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id WHERE T1.record_company = "CD" OR T1.record_company = "DVD"
SELECT count(*) FROM orchestra AS T1 JOIN conductor AS T2 ON T1.conductor_id = T2.conductor_id WHERE T1.record_company = "CD" OR T1.record_company = "DVD"
SELECT T1.year_of_founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.orchestra_id = T2.orchestra_id GROUP BY T1.orchestra_id HAVING count(*) > 1
SELECT T1.year_of_founded FROM performance AS T1 JOIN orchestra AS T2 ON T1.orchestra_id = T2.orchestra_id GROUP BY T1.orchestra_id HAVING count(*) > 1
SELECT count(*) FROM highschool
SELECT count(*) FROM highschool
SELECT name , grade FROM highschool
SELECT name , grade FROM highschool AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id JOIN student_id AS T3 ON T1.id = T3.id
SELECT grade FROM highschool
SELECT grade FROM highschool AS T1 JOIN friend AS T2 ON T1.id = T2.friend_id JOIN highschooler AS T3 ON T1.id = T3.grade
SELECT grade FROM HighschoolER WHERE name = 'Kyle'
SELECT grade FROM HighschoolER WHERE name = 'Kyle'
SELECT name FROM highschoolER WHERE grade = 10
SELECT name FROM highschoolER WHERE grade = 10
SELECT highschooler_id FROM highschool WHERE name = 'Kyle'
SELECT student_id FROM Highschooler WHERE name = 'Kyle'
SELECT count(*) FROM highschoolER WHERE grade = 9 OR grade = 10
SELECT count(*) FROM HIGHschooler WHERE grade = 9 OR grade = 10
SELECT count(*) , grade FROM highschool WHERE grade = (SELECT count(*) FROM Highschool) GROUP BY grade
SELECT count(*) , grade FROM highschool
SELECT grade FROM highschool WHERE ID = (SELECT grade FROM highschool GROUP BY grade ORDER BY count(*) DESC LIMIT 1)
SELECT grade FROM highschool WHERE ID IN (SELECT grade FROM Highschool) GROUP BY grade ORDER BY count(*) DESC LIMIT 1)
SELECT grade FROM HighschoolER WHERE ID IN (SELECT student_id FROM likes)
SELECT grade FROM highschool WHERE ID IN (SELECT id FROM highschool GROUP BY id HAVING count(*) >= 4)
SELECT student_id , count(*) FROM Friend GROUP BY student_id
SELECT count(*) , student_id FROM Friend GROUP BY student_id
SELECT T1.name , count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id
SELECT T1.name , count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id
SELECT student_id FROM Friend ORDER BY student_id DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id HAVING count(*) >= 3
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id HAVING count(*) >= 3
SELECT T2.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN Likes AS T3 ON T3.liked_id = T2.id WHERE T1.name = "Kyle"
SELECT T2.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN Highschooler AS T3 ON T1.id = T3.ID WHERE T3.name = 'Kyle'
SELECT count(*) FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id WHERE T1.name = "Kyle"
SELECT count(*) FROM Friend AS T1 JOIN Highschooler AS T2 ON T1.student_id = T2.ID WHERE T2.name = 'Kyle'
SELECT student_id FROM Friend EXCEPT SELECT student_id FROM Friend
SELECT student_id FROM Highschooler EXCEPT SELECT student_id FROM Friend
SELECT name FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM friend)
SELECT name FROM Highschooler EXCEPT SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id
SELECT student_id FROM highschooler INTERSECT SELECT student_id FROM likes WHERE friend_id = "Daan" INTERSECT
SELECT student_id FROM Friend INTERSECT SELECT student_id FROM Likes
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN Likes AS T3 ON T3.liked_id = T2.liked_id WHERE T3.student_id != T2.friend_id AND T2.name != "Likes" INTERSECT SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id JOIN Likes AS T3 ON T3.liked_id = T2.liked_id WHERE T3.student_id != T2.friend_id AND T2.name != "Likes"
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id INTERSECT SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.id = T2.liked_id
SELECT count(*) , student_id FROM likes GROUP BY student_id
SELECT count(*) , student_id FROM likes GROUP BY student_id
SELECT T1.name , count(*) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T1.id
SELECT T1.name , count(*) FROM highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T1.id
SELECT T1.name FROM Highschooler AS T1 JOIN likes AS T2 ON T1.id = T2.liked_id GROUP BY T1.id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.id ORDER BY count(*) DESC LIMIT 1
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 JOIN Likes AS T2 ON T1.id = T2.liked_id GROUP BY T2.liked_id HAVING count(*) >= 2
SELECT student_id FROM Highschooler WHERE grade > 5 INTERSECT SELECT student_id FROM Friend GROUP BY student_id HAVING count(*) >= 2
SELECT T1.name FROM Highschooler AS T1 JOIN Friend AS T2 ON T1.id = T2.friend_id GROUP BY T2.friend_id HAVING count(*) >= 2 UNION SELECT T3.name FROM Highschooler AS T3 JOIN Likes AS T4 ON T3.id = T4.liked_id GROUP BY T4.liked_id HAVING count(*) >= 2
SELECT count(*) FROM likes AS T1 JOIN highschooler AS T2 ON T1.id = T2.id WHERE T2.name = 'Kyle'
SELECT count(*) FROM likes AS T1 JOIN highschooler AS T2 ON T1.id = T2.id WHERE T2.name = 'Kyle'
SELECT avg(grade) FROM Highschooler WHERE ID IN (SELECT student_id FROM friend GROUP BY student_id HAVING count(*) >= 1)
SELECT avg(grade) FROM Highschooler WHERE ID IN (SELECT student_id FROM friend)
SELECT min(grade) FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM friend)
SELECT grade FROM Highschooler WHERE ID NOT IN (SELECT student_id FROM friend)
SELECT state FROM owners INTERSECT SELECT state FROM Professionals UNION SELECT state FROM Treatments
SELECT DISTINCT state FROM owners UNION SELECT DISTINCT state FROM professionals
SELECT avg(T1.age) FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id GROUP BY T1.dog_id
SELECT avg(T1.age) FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id GROUP BY T1.dog_id
SELECT T1.first_name , T1.last_name , T1.cell_number FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code = "Treatments" GROUP BY T1.last_name , T1.cell_number HAVING count(*) > 2
SELECT T1.first_name , T1.last_name , T1.cell_number FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id WHERE T2.state = 'Indiana' UNION SELECT T1.first_name , T1.last_name , T1.cell_number FROM Treatments AS T1 JOIN Treatments AS T2 ON T1.treatment_type_code = T2.treatment_type_code WHERE T2.state = 'United States' GROUP BY T1.last_name , T1.cell_number
SELECT T1.name FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.cost_of_treatment > 1000 GROUP BY T1.dog_id HAVING count(*) = 1
SELECT T1.name FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = "Treatment" AND T1.owner_id != "Not_Spent"
SELECT first_name FROM Professionals UNION SELECT first_name FROM owners EXCEPT SELECT T1.first_name FROM treatments AS T1 JOIN professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT first_name FROM Professionals UNION SELECT first_name FROM owners EXCEPT SELECT first_name FROM Professionals
SELECT T1.professional_id , T1.role_code , T1.email_address FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) = 0
SELECT T1.role_code , T1.first_name , T1.last_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT owner_id , first_name , last_name FROM dogs GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1
SELECT owner_id , first_name , last_name FROM dogs GROUP BY owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.professional_id , T1.role_code , T1.first_name FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.role_code , T1.first_name , T2.treatment_id FROM Treatments AS T1 JOIN Professionals AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.role_code HAVING COUNT(*) >= 2
SELECT T1.breed_name FROM dogs AS T1 JOIN breeds AS T2 ON T1.breed_code = T2.breed_code GROUP BY T1.breed_code ORDER BY count(*) DESC LIMIT 1
SELECT breed_name FROM dogs GROUP BY breed_name ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id , T2.last_name FROM owners AS T1 JOIN treatments AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY count(*) DESC LIMIT 1
SELECT T1.owner_id , T1.last_name FROM owners AS T1 JOIN Treatments AS T2 ON T1.owner_id = T2.owner_id GROUP BY T1.owner_id ORDER BY sum(T2.treatment_type_code) DESC LIMIT 1
SELECT treatment_type_description FROM TREATMENT_TYPES GROUP BY treatment_type_description ORDER BY sum(cost_of_treatment) LIMIT 1
SELECT treatment_type_description FROM treatments ORDER BY cost_of_treatment LIMIT 1
SELECT owner_id , zip_code FROM dogs ORDER BY charge_amount DESC LIMIT 1
SELECT owner_id , zip_code FROM dogs GROUP BY owner_id ORDER BY sum(dog_id) DESC LIMIT 1
SELECT T1.professional_id , T1.cell_number FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING COUNT(*) >= 2
SELECT T1.professional_id , T1.cell_number FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id GROUP BY T1.professional_id HAVING count(*) >= 2
SELECT T1.first_name , T1.last_name FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.cost_of_treatment < ( SELECT avg(cost_of_treatment) FROM Treatments)
SELECT T2.first_name , T2.last_name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T1.cost_of_treatment < ( SELECT avg(cost_of_treatment) FROM treatments)
SELECT T1.date_of_treatment , T2.first_name FROM treatments AS T1 JOIN professionals AS T2 ON T1.professional_id = T2.professional_id JOIN diseases AS T3 ON T1.treatment_type_code = T3.treatment_type_code GROUP BY T1.treatment_type_code
SELECT T1.date_of_treatment , T2.first_name FROM treatments AS T1 JOIN professionals AS T2 ON T1.professional_id = T2.professional_id
SELECT treatment_type_code , treatment_type_description FROM Treatments GROUP BY treatment_type_code
SELECT treatment_type_code , cost_of_treatment FROM Treatments
SELECT T1.first_name , T1.last_name , T2.size_code FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id GROUP BY T2.owner_id
SELECT T1.first_name , T1.last_name , T2.size_code FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name , T1.last_name FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.first_name , T2.name FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id
SELECT T1.name , T2.date_of_birth FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id GROUP BY T2.treatment_type_code ORDER BY COUNT(*) LIMIT 1
SELECT T1.name , T2.date_arrived FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id GROUP BY T1.dog_id ORDER BY count(*) LIMIT 1
SELECT T1.first_name , T1.last_name FROM dogs AS T1 JOIN owners AS T2 ON T1.owner_id = T2.owner_id WHERE T2.city = "Virginia"
SELECT first_name , last_name FROM owners WHERE city = "Virginia" AND street = "Doggy"
SELECT T1.date_arrived , T1.date_departed FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = "Abandoned"
SELECT T1.date_arrived , T1.date_departed FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = "Treatment"
SELECT last_name FROM owners ORDER BY first_name LIMIT 1
SELECT T1.last_name FROM owners AS T1 JOIN dogs AS T2 ON T1.owner_id = T2.owner_id ORDER BY T2.date_adopted LIMIT 1
SELECT email_address FROM professionals WHERE state = "Hawaii" OR state = "Wisconsin"
SELECT email_address FROM professionals WHERE state = "Hawaii" OR state = "Wisconsin"
SELECT date_arrived , date_departed FROM Dogs
SELECT date_arrived , date_departed FROM Dogs
SELECT count(*) FROM treatments AS T1 JOIN dogs AS T2 ON T1.dog_id = T2.owner_id GROUP BY T1.dog_id
SELECT count(*) FROM treatments AS T1 JOIN dogs AS T2 ON T1.dog_id = T2.owner_id GROUP BY T1.dog_id
SELECT count(*) FROM treatments AS T1 JOIN dogs AS T2 ON T1.dog_id = T2.owner_id WHERE T2.dog_id IN (SELECT DISTINCT T3.treatment_type_code FROM treatments AS T3 JOIN dogs AS T4 ON T3.dog_id = T4.owner_id WHERE T3.treatment_type_code = 'T4.treatment_type_code' GROUP BY T3.treatment_type_code)
SELECT count(*) FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.dog_id IN (SELECT T3.treatment_type_code FROM treatments AS T3 JOIN dogs AS T4 ON T3.dog_id = T4.owner_id GROUP BY T3.treatment_type_code)
SELECT T1.role_code , T1.street , T1.city , T1.state FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.treatment_type_code = "West"
SELECT role_code , street , city , state FROM professionals WHERE city LIKE '%West%'
SELECT first_name , last_name , email_address FROM owners WHERE state LIKE '%North%'
SELECT first_name , last_name , email_address FROM owners WHERE state LIKE '%North%'
SELECT count(*) FROM dogs WHERE age < (SELECT avg(age) FROM dogs)
SELECT count(*) FROM dogs WHERE age < (SELECT avg(age) FROM dogs)
SELECT t1.cost_of_treatment FROM treatments AS t1 JOIN treatments AS t2 ON t1.treatment_type_code = t2.treatment_type_code ORDER BY t2.date_arrived DESC LIMIT 1
SELECT treatment_type_code FROM treatments ORDER BY date_of_treatment DESC LIMIT 1
SELECT count(*) FROM dogs WHERE owner_id NOT IN ( SELECT owner_id FROM Treatments )
SELECT count(*) FROM dogs WHERE owner_id NOT IN ( SELECT owner_id FROM Treatments )
SELECT count(*) FROM owners WHERE first_name NOT IN ( SELECT T1.first_name FROM owners AS T1 JOIN Dogs AS T2 ON T1.owner_id = T2.owner_id WHERE T2.breed_code = "Dogs")
SELECT count(*) FROM owners WHERE owner_id NOT IN ( SELECT owner_id FROM dogs )
SELECT count(*) FROM professionals WHERE first_name NOT IN (SELECT T1.first_name FROM treatments AS T1 JOIN dogs AS T2 ON T1.dog_id = T2.owner_id)
SELECT count(*) FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id WHERE T2.dog_id NOT IN (SELECT T3.treatment_type_code FROM treatments AS T3 JOIN treatments AS T4 ON T3.treatment_type_code = T4.treatment_type_code)
SELECT T1.name , T1.age , T1.weight FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = "Abandoned" AND T1.owner_id != 1
SELECT T1.name , T1.age , T1.weight FROM dogs AS T1 JOIN Treatments AS T2 ON T1.dog_id = T2.dog_id WHERE T2.treatment_type_code = "Abandoned"
SELECT avg(age) FROM dogs
SELECT avg(age) FROM dogs
SELECT age FROM dogs ORDER BY date_arrived DESC LIMIT 1
SELECT age FROM dogs ORDER BY date_arrived DESC LIMIT 1
SELECT charge_type , charge_amount FROM charges GROUP BY charge_type
SELECT charge_type , charge_amount FROM charges GROUP BY charge_type
SELECT charge_type_type_code FROM charges ORDER BY charge_amount DESC LIMIT 1
SELECT charge_amount FROM charges ORDER BY charge_type DESC LIMIT 1
SELECT email_address , cell_number , home_phone FROM professionals
SELECT email_address , cell_number , home_phone FROM professionals
SELECT DISTINCT breed_type , size_code FROM breeds GROUP BY breed_type
SELECT DISTINCT breed_type , size_code FROM dogs
SELECT T2.first_name , T1.treatment_type_description FROM professionals AS T1 JOIN Treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT T1.first_name , T2.name FROM professionals AS T1 JOIN treatments AS T2 ON T1.professional_id = T2.professional_id
SELECT count(*) FROM singer
SELECT count(*) FROM singer
SELECT name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Name FROM singer ORDER BY Net_Worth_Millions ASC
SELECT Birth_Year , Citizenship FROM singer
SELECT Birth_Year , Citizenship FROM singer
SELECT Name FROM singer WHERE Citizenship != "France"
SELECT Name FROM singer WHERE Citizenship != 'French'
SELECT name FROM singer WHERE birth_year = 1948 OR birth_year = 1949
SELECT Name FROM singer WHERE Birth_Year = 1948 OR Birth_Year = 1949
SELECT T2.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID ORDER BY T1.Net_Worth_Millions DESC LIMIT 1
SELECT name FROM singer ORDER BY Net_Worth_Millions DESC LIMIT 1
SELECT Citizenship , COUNT(*) FROM singer GROUP BY Citizenship
SELECT Citizenship , count(*) FROM singer GROUP BY Citizenship
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship FROM singer GROUP BY Citizenship ORDER BY COUNT(*) DESC LIMIT 1
SELECT Citizenship , max(Net_Worth_Millions) FROM singer GROUP BY Citizenship
SELECT citizenship , max(T2.Net_Worth_Millions) FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY citizenship
SELECT title , name FROM song
SELECT T2.Title , T1.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID
SELECT DISTINCT T1.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T2.Sales > 300000
SELECT DISTINCT T2.name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID WHERE T1.Sales > 300000
SELECT T1.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Name HAVING COUNT(*) > 1
SELECT T1.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Name HAVING COUNT(*) > 1
SELECT T2.Name , sum(Sales) FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Singer_ID
SELECT sum(Sales) , T1.Name FROM song AS T1 JOIN singer AS T2 ON T1.Singer_ID = T2.Singer_ID GROUP BY T1.Name
SELECT Name FROM singer WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)
SELECT Name FROM sing WHERE Singer_ID NOT IN (SELECT Singer_ID FROM song)
SELECT Citizenship FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955
SELECT Citizenship FROM singer WHERE Birth_Year < 1945 INTERSECT SELECT Citizenship FROM singer WHERE Birth_Year > 1955
SELECT count(*) FROM Ref_Feature_Types
SELECT feature_type_name FROM Ref_Feature_Types WHERE property_type_code = "AirCon"
SELECT property_type_description FROM Ref_Property_Types WHERE property_code = "Ref_Property_Types.property_type_code"
SELECT property_name FROM Ref_Property_Types WHERE room_count > 1 AND property_address = 'House' OR property_address = 'Apartment'
