package org.samparksetu.routing.directory;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class OfficerRepository implements PanacheRepository<Officer> {
}
