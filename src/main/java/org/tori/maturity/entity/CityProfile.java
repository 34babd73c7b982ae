package org.tori.maturity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** What Tori knows of a city's size, so that it can compare itself with cities of similar size. */
@Entity
@Table(name = "city_profile")
public class CityProfile {

    @Id
    private String city;

    private Integer population;

    protected CityProfile() {}

    public CityProfile(String city) {
        this.city = city.strip();
    }

    public void populate(Integer population) {
        if (population != null && (population < 1 || population > 50_000_000)) {
            throw new DomainException(Kind.INVALID, "maturity.population.invalid", "population");
        }
        this.population = population;
    }

    public Integer getPopulation() {
        return population;
    }

    /** Similar size: at most twice as large or half as large as the other. Unknown sizes are not similar. */
    public static boolean similar(Integer one, Integer other) {
        return one != null && other != null && other * 2L >= one && one * 2L >= other;
    }
}
